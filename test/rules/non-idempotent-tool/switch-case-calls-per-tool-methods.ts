// A CallTool switch whose cases each hand the call's arguments to a method written for that one tool — on `this`, or
// on an instance of a class holding one method per tool —: each such method is the tool's handler (corpus README
// question 11), so its write is reported in its body. A method one case uses on a service (`notifier.notify(args)`)
// or a method told at the call what to do (`this.send('/notes/pin', args)`) stays a helper, reported at the case.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';

const API = 'https://notes.example.com/api';

class Notifier {
  async notify(args: unknown) {
    await fetch(`${API}/notifications`, { method: 'POST', body: JSON.stringify(args), signal: AbortSignal.timeout(10_000) });
  }
}

class NoteToolHandlers {
  async handleShareNote(args: unknown) {
    await fetch(`${API}/shares`, { method: 'POST', body: JSON.stringify(args), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return { content: [] };
  }

  async handleFindNotes(args: unknown) {
    const response = await fetch(`${API}/notes?q=${encodeURIComponent(String((args as { q?: string }).q ?? ''))}`, { signal: AbortSignal.timeout(10_000) });
    return { content: [{ type: 'text', text: await response.text() }] };
  }
}

export class NotesServer {
  private readonly server = new Server({ name: 'notes', version: '1.0.0' }, { capabilities: { tools: {} } });
  private readonly handlers = new NoteToolHandlers();
  private readonly notifier = new Notifier();

  constructor() {
    const handlers = this.handlers;
    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      const { name, arguments: args } = request.params;
      switch (name) {
        case 'create_note':
          return await this.handleCreateNote(args);
        case 'read_note':
          return await this.handleReadNote(args);
        case 'pin_note':
          return await this.send('/notes/pin', args); // expect: non-idempotent-tool
        case 'share_note':
          return await handlers.handleShareNote(args);
        case 'find_notes':
          return await handlers.handleFindNotes(args);
        case 'notify':
          await this.notifier.notify(args); // expect: non-idempotent-tool
          return { content: [] };
        default:
          throw new Error(`Unknown tool ${name}`);
      }
    });
  }

  private async handleCreateNote(args: unknown) {
    const response = await fetch(`${API}/notes`, { method: 'POST', body: JSON.stringify(args), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: await response.text() }] };
  }

  private async handleReadNote(args: unknown) {
    const response = await fetch(`${API}/notes/${String((args as { id?: string }).id)}`, { signal: AbortSignal.timeout(10_000) });
    return { content: [{ type: 'text', text: await response.text() }] };
  }

  private async send(path: string, body: unknown) {
    const response = await fetch(`${API}${path}`, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
    return { content: [{ type: 'text', text: await response.text() }] };
  }
}
