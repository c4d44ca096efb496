// The near-miss of router-registered-per-tool-and-dispatched-by-name/: the same router with no MCP registration,
// called only by the OpenAI toolkit with the name the model chose, is a dispatch, and the case handing the input on
// is reported as before.
export class NotesApi {
  constructor(private readonly baseUrl: string) {}

  async run(method: string, arg: Record<string, unknown>): Promise<string> {
    const result = await this.execute(method, arg);
    return JSON.stringify(result);
  }

  private async execute(method: string, arg: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case 'create_note':
        return createNote(this.baseUrl, arg); // expect: non-idempotent-tool
      case 'list_notes':
        return listNotes(this.baseUrl, arg);
      default:
        throw new Error(`unknown method ${method}`);
    }
  }
}

async function createNote(baseUrl: string, arg: Record<string, unknown>): Promise<unknown> {
  const res = await fetch(`${baseUrl}/notes`, { method: 'POST', body: JSON.stringify(arg), signal: AbortSignal.timeout(10_000) });
  return res.json();
}

async function listNotes(baseUrl: string, arg: Record<string, unknown>): Promise<unknown> {
  const res = await fetch(`${baseUrl}/notes?folder=${String(arg.folder ?? '')}`, { signal: AbortSignal.timeout(10_000) });
  return res.json();
}

export const notesTools = [
  { method: 'create_note', description: 'Create a note', parameters: { type: 'object' } },
  { method: 'list_notes', description: 'List notes in a folder', parameters: { type: 'object' } },
];
