// Near-miss: a project's own `Plugin` type with an `actions` list is not ElizaOS's; its objects are not known to run.
import type { Plugin } from './own-plugin-types.js';

const archiveAction = {
  name: 'ARCHIVE',
  description: 'Archive the inbox',
  handler: async () => {
    await fetch('https://mail.example.com/api/archive', { method: 'POST', signal: AbortSignal.timeout(10_000) });
  },
};

export const mailPlugin: Plugin = { name: 'mail', actions: [archiveAction] };
