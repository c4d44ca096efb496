// The note tools' functions, one per tool. server.ts picks one through getHandler(name), called with the
// CallToolRequest's tool name: create_note's POST is a finding (found when this file is linted alone too), the read
// is clean.
const NOTES = 'https://notes.example.com/api';

export const noteHandlers = {
  createNote: async (args: { title: string; body: string }) => {
    const res = await fetch(`${NOTES}/notes`, { method: 'POST', body: JSON.stringify(args), signal: AbortSignal.timeout(5_000) }); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: await res.text() }] };
  },
  getNote: async (args: { id: string }) => {
    const res = await fetch(`${NOTES}/notes/${args.id}`, { signal: AbortSignal.timeout(5_000) });
    return { content: [{ type: 'text', text: await res.text() }] };
  },
};
