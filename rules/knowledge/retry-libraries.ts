// Retry mechanisms: libraries whose call re-runs a function, and framework steps that retry on their own.
import type { ApiTransformerRetryFact, ClientRetryPluginFact, RetryFact } from './types.js';

const asyncCaller = { module: ['@langchain/core/utils/async_caller', 'langchain/util/async_caller'], export: ['AsyncCaller'], instance: true } as const;

export const retryLibraries: RetryFact[] = [
  { label: 'p-retry', module: ['p-retry'], export: ['default', 'pRetry'], path: [''], fnArg: 0, checkedAgainst: 'p-retry@7.1.1' },
  { label: 'async-retry', module: ['async-retry'], export: ['default'], path: [''], fnArg: 0, checkedAgainst: 'async-retry@1.3.3' },
  { label: 'exponential-backoff', module: ['exponential-backoff'], export: ['backOff'], path: [''], fnArg: 0, checkedAgainst: 'exponential-backoff@3.1.3' },
  { label: 'retry operation', module: ['retry'], export: ['default', 'operation'], instance: true, path: ['attempt'], fnArg: 0, checkedAgainst: 'retry@0.13' },
  { label: 'cockatiel policy', module: ['cockatiel'], instance: true, path: ['execute'], fnArg: 0, checkedAgainst: 'cockatiel@3.2.1' },
  { label: 'ts-retry-promise', module: ['ts-retry-promise'], export: ['retry', 'retryDecorator'], path: [''], fnArg: 0, checkedAgainst: 'ts-retry-promise@0.8' },
  { label: '@lifeomic/attempt', module: ['@lifeomic/attempt'], export: ['retry'], path: [''], fnArg: 0, checkedAgainst: '@lifeomic/attempt@3' },
  // @langchain/core's AsyncCaller: `call(callable, ...args)` runs `callable(...args)` under p-retry with `retries: maxRetries`
  // (6 by default); `callWithOptions({ signal, maxRetries }, callable, ...args)` races the same with the signal.
  { label: 'LangChain AsyncCaller (6 retries by default)', ...asyncCaller, path: ['call'], fnArg: 0, forwardsArgsFrom: 1, checkedAgainst: '@langchain/core@1.4.0' },
  { label: 'LangChain AsyncCaller (6 retries by default)', ...asyncCaller, path: ['callWithOptions'], fnArg: 1, forwardsArgsFrom: 2, signalOptionArg: 0,
    checkedAgainst: '@langchain/core@1.4.0' },
];

/**
 * LangChain base classes whose instances hold an AsyncCaller in `this.caller` (set by the base constructor:
 * `this.caller = new AsyncCaller(params ?? {})` in BaseLanguageModel and Embeddings): a subclass's
 * `this.caller.call(…)` retries.
 */
export const langchainCallerBases = {
  module: ['@langchain/core/language_models/*', '@langchain/core/embeddings', 'langchain/llms/base', 'langchain/chat_models/base', 'langchain/base_language',
    'langchain/embeddings/base', '@langchain/openai', '@langchain/anthropic', '@langchain/community/*'],
  field: 'caller',
  checkedAgainst: '@langchain/core@1.4.0 (language_models/base.js, embeddings.js)',
};

/**
 * Upstash Workflow: `context.run(stepName, fn)` runs a step of the workflow request; a step that throws fails the
 * request, which QStash delivers again (the workflow's `retries`, 3 by default: no `Upstash-Retries` header is sent
 * for the default, src/qstash/headers.ts addRetries, src/constants.ts DEFAULT_RETRIES), re-running the step. (A
 * `context.call` is memoised and re-sent only with `retries` set: test/corpus/README.md question 24.)
 */
export const upstashWorkflowRetries: RetryFact[] = [
  { label: 'Upstash Workflow context.run (the workflow request is retried, 3 times by default)', module: ['@upstash/workflow', '@upstash/workflow/*'],
    export: ['WorkflowContext'], instance: true, path: ['run'], fnArg: 1, checkedAgainst: '@upstash/workflow (upstash/workflow-js 1.0.0 at 711837a: src/context/context.ts run)' },
];

/**
 * Restate: `ctx.run(name, action)` is a durable step whose action Restate retries on failure (with backoff, with no
 * attempt limit unless the run's options set one) until it succeeds or throws a TerminalError; a completed result is
 * journaled, so only a failed attempt runs again — the failure may come after the action's write landed.
 */
export const restateRetries: RetryFact[] = [
  { label: 'Restate ctx.run (retried until it succeeds, by default)', module: ['@restatedev/restate-sdk', '@restatedev/restate-sdk-cloudflare-workers', '@restatedev/restate-sdk-core'],
    export: ['Context', 'ObjectContext', 'ObjectSharedContext', 'WorkflowContext', 'WorkflowSharedContext'], instance: true, path: ['run'], fnArg: 1,
    checkedAgainst: '@restatedev/restate-sdk (docs.restate.dev, durable steps: ctx.run retries failures with the invocation retry policy, infinite by default)' },
];

/**
 * Cloudflare Workflows: `step.do(name, config?, callback)` runs a durable step; a callback that throws is run again, 5
 * times by default with exponential backoff (cloudflare/workers-sdk packages/workflows-shared/src/context.ts
 * `defaultConfig.retries: { limit: 5, delay: 1000, backoff: "exponential" }`; developers.cloudflare.com/workflows/build/
 * sleeping-and-retrying), unless the step's config sets `retries.limit`. The `step` is the second parameter of a
 * `WorkflowEntrypoint`'s `run(event, step: WorkflowStep)`.
 */
export const cloudflareWorkflowRetries: RetryFact[] = [
  { label: 'Cloudflare Workflows step.do (5 retries by default)', module: ['cloudflare:workers'], export: ['WorkflowStep'], instance: true, path: ['do'],
    fnArg: 1, fnArgLast: true, countOption: 'retries.limit',
    checkedAgainst: 'cloudflare/workers-sdk packages/workflows-shared/src/context.ts (defaultConfig retries.limit 5, exponential); @cloudflare/workers-types WorkflowStep.do(name, config?, callback)' },
];

/**
 * Directives that make a function a retried step (Workflow DevKit: 3 retries by default). `countProperty`: the property
 * of the step function that sets its retries (`callApi.maxRetries = 0` turns them off; useworkflow.dev, Errors & Retrying).
 */
export const retriedStepDirectives = [{ directive: 'use step', label: "Workflow DevKit 'use step' (3 retries by default)", countProperty: 'maxRetries', checkedAgainst: 'workflow@4 (docs/foundations/errors-and-retries.mdx)' }];

/**
 * Plugins that make a client class retry on its own. @octokit/plugin-retry (src/index.ts, error-request.ts): every
 * request that fails with a status >= 400 other than 400/401/403/404/410/422/451 (a network error is a 500) is sent
 * again up to 3 times, whatever its method, with no key; `retry: { enabled: false }` in the client options turns it off.
 */
export const clientRetryPlugins: ClientRetryPluginFact[] = [
  {
    label: '@octokit/plugin-retry', module: ['@octokit/plugin-retry'], export: 'retry', method: 'plugin',
    count: '@octokit/plugin-retry re-sends a failed request up to 3 times, POST included', disable: { option: 'retry', property: 'enabled' },
    // The `octokit` package's Octokit (and the instances its App hands out) is Core.plugin(restEndpointMethods,
    // paginateRest, paginateGraphQL, retry, throttling): test/corpus/README.md question 40.
    // Probot's ProbotOctokit is Octokit.plugin(throttling, retry, …), and the Context a listener gets carries one as
    // `context.octokit` (question 64).
    bundledIn: [{ module: 'octokit', export: 'Octokit' }, { module: 'probot', export: 'ProbotOctokit' }, { module: 'probot', export: 'Context' }],
    checkedAgainst: '@octokit/plugin-retry@8 (src/index.ts defaultRetryState, src/error-request.ts); octokit@4 (src/octokit.ts); probot@12 (src/octokit/probot-octokit.ts, src/context.ts)',
  },
];

/**
 * grammY's auto-retry transformer (`bot.api.config.use(autoRetry(options))`): every Bot API call of the bot is sent again
 * after a network error (grammY's `HttpError`, with no bound on the count) and after a 5xx (up to `maxRetryAttempts`,
 * unbounded by default), besides waiting out a 429's `retry_after`. Only `rethrowHttpErrors: true` and
 * `rethrowInternalServerErrors: true` together leave the 429 retries alone, which resend nothing the server acted on.
 */
export const apiTransformerRetries: ApiTransformerRetryFact[] = [
  {
    label: "grammY's auto-retry", module: ['@grammyjs/auto-retry'], export: 'autoRetry', installedWith: 'config.use', appliesTo: ['grammy'],
    count: "@grammyjs/auto-retry re-sends a Bot API call after a network error or a 5xx, without limit by default",
    offWhenAll: ['rethrowHttpErrors', 'rethrowInternalServerErrors'],
    checkedAgainst: '@grammyjs/auto-retry@2.0.2 (grammyjs/auto-retry 05f3095 src/mod.ts: maxRetryAttempts ?? Infinity; rethrowInternalServerErrors ?? false; rethrowHttpErrors ?? false; `e instanceof HttpError` → backoff and `continue`)',
  },
];

/**
 * Job queues whose worker runs a failed job again: BullMQ re-runs a job whose processor threw (or that stalled past its
 * count) while it has attempts left. `attempts` is the job's option (`queue.add(name, data, { attempts })`) or the
 * queue's `defaultJobOptions.attempts`; its default is 0, one run (bullmq src/interfaces/base-job-options.ts `attempts`
 * `@defaultValue 0`; docs/gitbook/guide/retrying-failing-jobs.md). A worker and its producers meet by queue name
 * (`new Worker(name, processor)`, `new Queue(name, options)`), usually in different files of the package.
 */
export const jobQueueRetries = [
  { label: 'BullMQ worker', module: ['bullmq'], worker: 'Worker', queue: 'Queue', defaultOptions: 'defaultJobOptions', attemptsOption: 'attempts', addMethods: ['add', 'addBulk'],
    // NestJS's module: each `@Processor(name)` class becomes `new Worker(name, instance.process.bind(instance))`
    // (nestjs/bull packages/bullmq/lib/bull.explorer.ts handleProcessor); producers get the queue by `@InjectQueue(name)`.
    nest: { label: 'NestJS BullMQ processor', module: ['@nestjs/bullmq'], processor: 'Processor', method: 'process', inject: 'InjectQueue' },
    checkedAgainst: 'bullmq@5 (src/interfaces/base-job-options.ts attempts @defaultValue 0; src/classes/worker.ts processor(job); docs/gitbook/guide/retrying-failing-jobs.md); @nestjs/bullmq@11 (lib/bull.explorer.ts handleProcessor, lib/decorators/inject-queue.decorator.ts)' },
];
export type JobQueueRetryFact = (typeof jobQueueRetries)[number];

/**
 * Task platforms that attempt a task's run again (README questions 57, 87): Trigger.dev re-runs a task's `run` after it
 * throws and after an attempt is lost under it, up to `maxAttempts`. A task without retry settings takes the
 * `retries.default` of the package's `trigger.config` (the CLI's index workers copy it onto every such task:
 * packages/cli-v3/src/entryPoints/managed-index-worker.ts); `trigger init` writes one with `maxAttempts: 3`. Before
 * `defineConfig` (v3 betas) the file exported the same object as `export const config: TriggerConfig = { retries }`.
 */
export const taskRetries: TaskRetryFact[] = [
  { label: 'Trigger.dev task', module: ['@trigger.dev/sdk', '@trigger.dev/sdk/v3'], factories: ['task', 'schemaTask', 'schedules.task'],
    runOption: 'run', retryOption: 'retry', countOption: 'maxAttempts', configFactory: 'defineConfig', configType: 'TriggerConfig', configFile: /^trigger\.config\.[cm]?[jt]s$/,
    configPath: ['retries', 'default'],
    checkedAgainst: '@trigger.dev/sdk@4 (packages/trigger-sdk/src/v3/shared.ts createTask/createSchemaTask: `retry`, `run`); trigger.dev cli-v3 src/entryPoints/managed-index-worker.ts (config.retries.default applied to tasks without retry); core src/v3/errors.ts shouldRetryError (crashed, exited, SIGTERM, evicted, stalled runs retried)' },
  // Hatchet counts retries, not attempts, in the task's own `retries` (no config default: a task without it runs once).
  // Standalone tasks come from the client (`hatchet.task`), workflow tasks from the declaration `hatchet.workflow(…)` returns.
  { label: 'Hatchet task', module: ['@hatchet-dev/typescript-sdk', '@hatchet-dev/typescript-sdk/v1'],
    factories: ['HatchetClient.task', 'HatchetClient.durableTask', 'HatchetClient.workflow.task', 'HatchetClient.workflow.durableTask'],
    runOption: 'fn', retryOption: 'retries', countsRetries: true,
    checkedAgainst: '@hatchet-dev/typescript-sdk v1 (hatchet-dev/hatchet sdks/typescript/src/v1/task.ts CreateBaseTaskOpts: `fn`, `retries?: number` "default: 0"; docs.hatchet.run v1/retry-policies: a task that throws is retried up to `retries` times)' },
];
export type TaskRetryFact = {
  label: string; module: string[]; factories: string[]; runOption: string; retryOption: string;
  /** The retry option is an object holding the count of attempts under this name (Trigger.dev's `retry.maxAttempts`). */
  countOption?: string;
  /** The retry option is itself the count of retries after the first run (Hatchet's `retries`). */
  countsRetries?: boolean;
  /** Where the package's config file sets every task's default (absent: a task without retry settings runs once). */
  configFactory?: string; configType?: string; configFile?: RegExp; configPath?: string[];
  checkedAgainst: string;
};
