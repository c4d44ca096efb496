// Temporal's TypeScript SDK: a workflow calls its activities through a proxy typed by the activities module
// (`const { callLLM } = proxyActivities<typeof activities>({ startToCloseTimeout })`, with `import type * as
// activities from './activities'`): each call of a proxy member runs the function of that name the module exports,
// in a worker. The workflow code never imports the function itself, so the proxy is what names it.
import type { CallPattern, Checked } from './types.js';

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

/**
 * Calls that make a handle whose `await` blocks until something outside the code sends a payload: Workflow DevKit's
 * hooks (`const hook = createHook(); const payload = await hook`, or a `defineHook(…)` definition's `create()`), resumed
 * by `resumeHook(token, payload)` from a route — a person's next message, an approval. A loop that awaits one on every
 * turn goes round once per outside payload, like one reading stdin.
 */
export const outsideEventHandles: Array<CallPattern & Checked> = [
  {
    module: ['workflow'], export: ['createHook', 'createWebhook'], path: [''],
    checkedAgainst: 'workflow@4.2.0-beta.69 (docs/api-reference/workflow/create-hook.mdx: `const result = await hook; // Suspends the workflow until the hook is resumed`; Hook<T> is also AsyncIterable<T>)',
  },
  {
    module: ['workflow'], export: ['defineHook'], path: ['create'],
    checkedAgainst: 'workflow@4.2.0-beta.69 (docs/api-reference/workflow/define-hook.mdx: `const hook = nameHook.create(); const result = await hook`)',
  },
];

export interface ActivityRetryFact extends Checked {
  label: string;
  module: string[];
  /** The proxy makers whose options carry the retry policy of every activity the proxy calls. */
  exports: string[];
  /** The options' retry policy, and its attempt count (unset: no limit). */
  retryOption: string;
  countOption: string;
}

// A workflow's activities run again after an attempt fails or times out, under the `retry` policy of the options the
// proxy was made with; with no policy, or a policy without `maximumAttempts`, without limit. `maximumAttempts: 1` is
// one attempt.
export const activityRetries: ActivityRetryFact[] = [
  {
    label: 'Temporal activity', module: ['@temporalio/workflow'], exports: ['proxyActivities', 'proxyLocalActivities'], retryOption: 'retry', countOption: 'maximumAttempts',
    checkedAgainst: 'temporalio/sdk-typescript packages/common/src/activity-options.ts (`retry` unset: "the server-defined default activity retry policy will be used. To ensure zero retries, set maximum attempts to 1") and packages/common/src/retry-policy.ts (RetryPolicy.maximumAttempts `@default Infinity`; 0 meant unlimited before compileRetryPolicy refused it)',
  },
];
