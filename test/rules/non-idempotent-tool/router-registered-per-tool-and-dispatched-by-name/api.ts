// One router for every toolkit of the package: the MCP server (mcp.ts) registers one arrow per tool that calls it with
// the name the tool was registered under, and the OpenAI toolkit (openai.ts) calls it with the name the model chose.
// The registered arrow is each tool's handler (corpus README questions 84, 125): the write is reported at its call of
// `run`, not at this switch's `case`, which the model's dispatch elsewhere does not make a handler.
export class NotesApi {
  constructor(private readonly baseUrl: string) {}

  async run(method: string, arg: Record<string, unknown>): Promise<string> {
    const result = await this.execute(method, arg);
    return JSON.stringify(result);
  }

  private async execute(method: string, arg: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case 'create_note':
        return createNote(this.baseUrl, arg);
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
