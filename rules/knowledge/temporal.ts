// Temporal's TypeScript SDK: a workflow calls its activities through a proxy typed by the activities module
// (`const { callLLM } = proxyActivities<typeof activities>({ startToCloseTimeout })`, with `import type * as
// activities from './activities'`): each call of a proxy member runs the function of that name the module exports,
// in a worker. The workflow code never imports the function itself, so the proxy is what names it.
import type { Checked } from './types.js';

export interface FunctionProxyFact extends Checked {
  module: string[];
  /** Exports that make the proxy; their type argument `typeof ns` names the module whose exports it calls. */
  exports: string[];
}

export const functionProxies: FunctionProxyFact[] = [
  {
    module: ['@temporalio/workflow'], exports: ['proxyActivities', 'proxyLocalActivities'],
    checkedAgainst: '@temporalio/workflow@1.11 (lib/workflow.d.ts: proxyActivities<A = UntypedActivities>(options): ActivityInterfaceFor<A>; the proxy schedules the activity named by the member)',
  },
];

export interface OutsideEventWaitFact extends Checked {
  module: string[];
  /** Functions whose awaited call blocks until something outside the code (a signal, a message) changes state. */
  exports: string[];
}

// `await condition(() => queue.length > 0)` in a workflow blocks until a signal handler (`setHandler(signal, …)`) —
// a message from outside the workflow — makes the predicate true: a loop that waits so on every turn goes round once
// per outside message, as one reading stdin goes round once per line a person types.
export const outsideEventWaits: OutsideEventWaitFact[] = [
  {
    module: ['@temporalio/workflow'], exports: ['condition'],
    checkedAgainst: '@temporalio/workflow@1.11 (lib/workflow.d.ts: condition(fn: () => boolean, timeout?): Promise<void | boolean> — resolves once fn returns true, re-evaluated after each activation such as a signal)',
  },
];
