// Probot: `app.on(event, async (context) => …)` hands each listener a Context whose `octokit` is a ProbotOctokit
// (probot@12 src/application.ts on(), src/context.ts; src/octokit/probot-octokit.ts builds it with plugin-retry).
import type { ListenerContract } from './slack-bolt.js';

export const probotListenerContracts: ListenerContract[] = [
  {
    registeredOn: { module: ['probot'], export: ['Probot'], instance: true },
    registrations: ['on', 'onAny'],
    args: { octokit: { module: 'probot', exportName: 'ProbotOctokit' } },
    self: { module: 'probot', exportName: 'Context' },
    checkedAgainst: 'probot@12 (src/probot.ts on/onAny, src/context.ts)',
  },
];
