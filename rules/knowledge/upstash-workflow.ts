// Upstash Workflow (`@upstash/workflow`): the route function handed to a platform's `serve(routeFunction, options)`
// (platforms/nextjs.ts, express.ts, hono.ts, cloudflare.ts… and nextjs' createWorkflow) is called with the
// WorkflowContext (src/context/context.ts), whose `run(stepName, fn)` is a retried step (retry-libraries.ts).
// Checked in upstash/workflow-js 1.0.0 at 711837a.
import type { ListenerContract } from './slack-bolt.js';

export const upstashWorkflowListenerContracts: ListenerContract[] = [
  {
    passedTo: { module: ['@upstash/workflow', '@upstash/workflow/*'], export: ['serve', 'createWorkflow'], arg: 0 },
    self: { module: '@upstash/workflow', exportName: 'WorkflowContext' },
    args: {},
    checkedAgainst: '@upstash/workflow (upstash/workflow-js 1.0.0 at 711837a: platforms/*.ts serve, src/context/context.ts)',
  },
];
