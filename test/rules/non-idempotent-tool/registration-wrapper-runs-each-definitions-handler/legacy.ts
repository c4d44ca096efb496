// A tool object the package declares by its shape (`{ name, description, inputSchema, handler }`): its handler is a
// tool handler where it is written, and reports its write there; wrap()'s arrow does not report it a second time.
export const legacyArchive = {
  name: 'tickets.archive_all',
  description: 'Archive every closed ticket into a new export',
  inputSchema: { type: 'object', properties: {} },
  handler: async () => {
    const res = await fetch('https://tracker.example.com/api/exports', { method: 'POST', signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return res.json();
  },
};
