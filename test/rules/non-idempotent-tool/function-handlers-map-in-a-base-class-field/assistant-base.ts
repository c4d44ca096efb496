// The assistant's base class: a Map field declared without an initialiser, made in the constructor and filled with the
// class's own methods bound to it; the provider subclass (openai-assistant.ts) looks the model's function calls up in it.
// createNote POSTs a new note (finding); listNotes reads (clean).
export interface CallContext {
  userId: string;
}

const NOTES = 'https://notes.example.com/api';

export abstract class AssistantBase {
  protected functionHandlers: Map<string, (args: any, ctx: CallContext) => Promise<string>>;

  constructor() {
    this.functionHandlers = new Map();
    this.registerFunctions();
  }

  abstract reply(text: string, ctx: CallContext): Promise<string>;

  protected registerFunctions(): void {
    this.functionHandlers.set('create_note', this.createNote.bind(this));
    this.functionHandlers.set('list_notes', this.listNotes.bind(this));
  }

  protected async createNote(args: { title: string; body: string }, ctx: CallContext): Promise<string> {
    const res = await fetch(`${NOTES}/users/${ctx.userId}/notes`, { // expect: non-idempotent-tool
      method: 'POST',
      body: JSON.stringify(args),
      signal: AbortSignal.timeout(10_000),
    });
    return res.ok ? 'saved' : `failed: ${res.status}`;
  }

  protected async listNotes(_args: unknown, ctx: CallContext): Promise<string> {
    const res = await fetch(`${NOTES}/users/${ctx.userId}/notes`, { signal: AbortSignal.timeout(10_000) });
    return res.text();
  }
}
