// A factory returning an object of tools keyed by name, spread (through another factory) into the server's table.
const API = 'https://crm.example.com/api';

export function getCreateNoteTool(token: string) {
  return {
    notes_create: {
      description: 'Add a note to a deal',
      inputSchema: { type: 'object', properties: { dealId: { type: 'string' }, content: { type: 'string' } } },
      handler: async (args: { dealId: string; content: string }) => {
        const res = await fetch(`${API}/notes`, { // expect: non-idempotent-tool
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
          body: JSON.stringify(args),
          signal: AbortSignal.timeout(10_000),
        });
        return res.json();
      },
    },
    notes_list: {
      description: 'List the notes of a deal',
      inputSchema: { type: 'object', properties: { dealId: { type: 'string' } } },
      handler: async (args: { dealId: string }) => {
        const res = await fetch(`${API}/deals/${args.dealId}/notes`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(10_000) });
        return res.json();
      },
    },
  };
}

export function getNoteTools(token: string) {
  return { ...getCreateNoteTool(token) };
}
