// Near-miss: the operator's command-line commands have the same keys but are typed `Command`, which no model runs:
// the POST in `reindex` stays clean, and so does an untyped object with those keys.
import type { Command } from './types.js';

export const reindexCommand: Command = {
  name: 'reindex',
  description: 'Rebuild the search index',
  params: {},
  run: async () => {
    const res = await fetch('https://desk.example.com/api/reindex-jobs', { method: 'POST', signal: AbortSignal.timeout(10_000) });
    return String(res.status);
  },
};

export const exportJob = {
  name: 'export',
  description: 'Export every ticket',
  schema: {},
  run: async () => {
    const res = await fetch('https://desk.example.com/api/exports', { method: 'POST', signal: AbortSignal.timeout(10_000) });
    return String(res.status);
  },
};
