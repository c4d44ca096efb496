// An MCP server's own register() takes `run` out of each spec a factory makes and registers one arrow calling it: the
// arrow is every spec's handler, one finding per spec whose run writes (adding a note POSTs a new one; reading does not).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';

interface NoteSpec {
  name: string;
  summary: string;
  run: (args: Record<string, string>) => Promise<unknown>;
}

function addNoteSpec(baseUrl: string): NoteSpec {
  return {
    name: 'notes_add',
    summary: 'Add a note',
    run: async (args) => {
      const res = await fetch(`${baseUrl}/notes`, { method: 'POST', body: JSON.stringify({ text: args.text }), signal: AbortSignal.timeout(10_000) });
      return res.json();
    },
  };
}

function readNoteSpec(baseUrl: string): NoteSpec {
  return {
    name: 'notes_read',
    summary: 'Read a note',
    run: async (args) => {
      const res = await fetch(`${baseUrl}/notes/${args.id}`, { signal: AbortSignal.timeout(10_000) });
      return res.json();
    },
  };
}

const server = new McpServer({ name: 'notes', version: '1.0.0' });

function register(spec: NoteSpec) {
  const { name, summary, run } = spec;
  server.registerTool(name, { description: summary, inputSchema: {} }, async (args: Record<string, string>) => {
    const out = await run(args); // expect: non-idempotent-tool
    return { content: [{ type: 'text' as const, text: JSON.stringify(out) }] };
  });
}

register(addNoteSpec('https://notes.example.com'));
register(readNoteSpec('https://notes.example.com'));
