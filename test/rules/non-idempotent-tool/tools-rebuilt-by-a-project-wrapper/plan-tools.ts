// Tools handed whole to the project's confirmation wrapper (confirmation.ts): posting a note and opening a ticket
// make a new record on each call; the listing only reads. A definition handed to `disabled` never runs, and the
// route options handed to `withLogging` are no tool.
import { tool } from '@example/agent-plugin';
import { disabled, withConfirmation, withLogging } from './confirmation.js';

export function buildPlanTools(allowed: Set<string>) {
  return {
    post_note: withConfirmation('post_note', allowed, {
      description: 'Post a note to the plan board',
      args: { text: tool.schema.string() },
      async execute(args: { text: string }) {
        const response = await fetch('https://plans.example.com/v1/notes', { // expect: non-idempotent-tool
          method: 'POST',
          body: JSON.stringify({ text: args.text }),
          signal: AbortSignal.timeout(10_000),
        });
        return response.text();
      },
    }),
    open_ticket: withConfirmation('open_ticket', allowed, {
      description: 'Open a ticket',
      args: { title: tool.schema.string() },
      execute: async (args: { title: string }) => {
        const response = await fetch('https://plans.example.com/v1/tickets', { // expect: non-idempotent-tool
          method: 'POST',
          body: JSON.stringify({ title: args.title }),
          signal: AbortSignal.timeout(10_000),
        });
        return response.text();
      },
    }),
    list_notes: withConfirmation('list_notes', allowed, {
      description: 'List the notes',
      args: {},
      async execute() {
        const response = await fetch('https://plans.example.com/v1/notes', { signal: AbortSignal.timeout(10_000) });
        return response.text();
      },
    }),
    archive_all: disabled({
      description: 'Archive every note',
      args: {},
      async execute() {
        const response = await fetch('https://plans.example.com/v1/archives', {
          method: 'POST',
          signal: AbortSignal.timeout(10_000),
        });
        return response.text();
      },
    }),
  };
}

export const notesRoute = withLogging({
  path: '/notes',
  execute: async (body: unknown) => {
    const response = await fetch('https://plans.example.com/v1/notes', {
      method: 'POST',
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    return response.text();
  },
});
