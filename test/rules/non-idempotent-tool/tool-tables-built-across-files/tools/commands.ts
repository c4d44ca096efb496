// Near-miss: entries with a description and a handler but no input schema are the CLI's command list (run by a person
// from a terminal), not tools a model is given. They POST, and are not reported.
const API = 'https://shop.example.com/api';

export const commands = [
  {
    name: 'reindex',
    description: 'Rebuild the search index',
    handler: async () => {
      const res = await fetch(`${API}/admin/reindex`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
      return res.status;
    },
  },
];
