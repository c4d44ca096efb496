// Probot: `app.on(event, async (context) => …)` hands each listener a Context whose `octokit` is a ProbotOctokit
// (probot@12 src/application.ts on(), src/context.ts; src/octokit/probot-octokit.ts builds it with plugin-retry).
import type { ConventionalParameters, ListenerContract } from './slack-bolt.js';

export const probotListenerContracts: ListenerContract[] = [
  {
    registeredOn: { module: ['probot'], export: ['Probot'], instance: true },
    registrations: ['on', 'onAny'],
    args: { octokit: { module: 'probot', exportName: 'ProbotOctokit' } },
    self: { module: 'probot', exportName: 'Context' },
    checkedAgainst: 'probot@12 (src/probot.ts on/onAny, src/context.ts)',
  },
];

/**
 * A Probot app is a function Probot calls with its instance (probot src/probot.ts load(): `await appFn(this, options)`),
 * the default export of the file `probot run` names (src/helpers/resolve-app-function.ts); Probot's docs and its users
 * name that parameter `app` (`robot` before v7), and an event listener's parameter `context` (a Context, src/context.ts,
 * whose `octokit` is the ProbotOctokit). In a package listing probot and none of the frameworks whose objects go by
 * those names, such an untyped parameter of a function no project code calls is that object.
 */
export const probotConventionalParameters: ConventionalParameters[] = [
  {
    module: 'probot',
    notWith: ['express', 'fastify', 'koa', 'hono', '@slack/bolt', 'telegraf', 'grammy', 'inngest', '@upstash/workflow', '@azure/functions', 'electron', '@nestjs/core'],
    names: [
      { pattern: 'app|robot', exportName: 'Probot' },
      { pattern: 'context', exportName: 'Context' },
    ],
    documentedTypes: ['Probot', 'Context'],
    checkedAgainst: 'probot@13 (src/probot.ts load: `await appFn(this, options)`; src/helpers/resolve-app-function.ts; src/context.ts octokit)',
  },
];
