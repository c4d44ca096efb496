// The pi coding agent's extension API (checked in @mariozechner/pi-coding-agent 0.58.3 and @earendil-works/pi-coding-agent
// 0.80.6, core/extensions/types): `pi.registerTool({ name, label, description, parameters, execute(toolCallId, params,
// signal, onUpdate, ctx) })` registers a tool the model calls by name, and `defineTool({ … })` writes the same
// definition for a later registration. Each `execute` is a tool handler: the POSTs are findings; a read tool and a
// slash command a person types (`registerCommand`) stay clean.
import { defineTool, type ExtensionAPI } from '@mariozechner/pi-coding-agent';

const TRACKER = 'https://tracker.example.com/api';

const fileIssue = defineTool({
  name: 'file_issue',
  label: 'File issue',
  description: 'File a new issue in the tracker',
  parameters: { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] },
  async execute(_toolCallId: string, params: { title: string }, signal: AbortSignal | undefined) {
    const res = await fetch(`${TRACKER}/issues`, { method: 'POST', body: JSON.stringify(params), signal: signal ?? AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return { content: [{ type: 'text' as const, text: String(res.status) }], details: {} };
  },
});

export default function trackerExtension(pi: ExtensionAPI) {
  pi.registerTool(fileIssue);

  pi.registerTool({
    name: 'comment_issue',
    label: 'Comment on issue',
    description: 'Add a comment to an issue',
    parameters: { type: 'object', properties: { id: { type: 'string' }, body: { type: 'string' } }, required: ['id', 'body'] },
    async execute(_toolCallId: string, params: { id: string; body: string }, signal: AbortSignal | undefined) {
      const res = await fetch(`${TRACKER}/issues/${params.id}/comments`, { method: 'POST', body: params.body, signal: signal ?? AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
      return { content: [{ type: 'text' as const, text: String(res.status) }], details: {} };
    },
  });

  pi.registerTool({
    name: 'read_issue',
    label: 'Read issue',
    description: 'Read an issue',
    parameters: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
    async execute(_toolCallId: string, params: { id: string }, signal: AbortSignal | undefined) {
      const res = await fetch(`${TRACKER}/issues/${params.id}`, { signal: signal ?? AbortSignal.timeout(10_000) });
      return { content: [{ type: 'text' as const, text: await res.text() }], details: {} };
    },
  });

  pi.registerCommand('triage', {
    description: 'Open a triage board for today',
    handler: async () => {
      await fetch(`${TRACKER}/boards`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
    },
  });
}
