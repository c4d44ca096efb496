// Inngest (`inngest`) and Inngest AgentKit: sending events, the step tools a function or tool handler receives,
// and `step.run`/`step.ai.wrap`, which Inngest retries on failure. Checked in inngest-js (packages/inngest/src/components/
// InngestStepTools.ts: sendEvent(idOrOptions, payload) sends through the client; run(id, fn, ...input) and
// ai.wrap(id, fn, ...input) call fn(...input), retried per step) and Inngest's docs (an event `id` deduplicates function
// runs for 24 hours).
import type { ListenerContract } from './slack-bolt.js';
import type { RetryFact, WriteFact } from './types.js';

const stepTools = { module: 'inngest', exportName: 'GetStepTools' };
/**
 * The step tools a function receives (`GetStepTools`), and the package's context-free `step` export (a `GenericStepTools`
 * object whose tools find the running function through AsyncLocalStorage: InngestStepTools.ts `export const step`).
 */
const stepToolsValue = { module: ['inngest'], export: ['GetStepTools', 'step'] };

/**
 * An event's name says what the functions it triggers do (`app/memories.update`): an update or a delete of known
 * records repeats to the same state (low confidence, as for a PATCH or DELETE); any other event is a send.
 */
const eventKinds = (arg: number) => [
  { arg, property: 'name', pattern: '^[\'"`][\\w/.:-]*[./:](update|updated|set|patch|edit|rename|modify)(?:[-_][\\w-]*)?[\'"`]$', write: 'update-set' },
  { arg, property: 'name', pattern: '^[\'"`][\\w/.:-]*[./:](delete|deleted|remove|removed|archive|archived|cancel|cancelled)(?:[-_][\\w-]*)?[\'"`]$', write: 'delete-id' },
] as const;

export const inngestWrites: WriteFact[] = [
  { label: 'Inngest event send', write: 'send', ...stepToolsValue, path: ['sendEvent'],
    keyOption: { arg: 1, names: ['id'] }, kindByArgument: eventKinds(1), checkedAgainst: 'inngest@3 (packages/inngest/src/components/InngestStepTools.ts sendEvent)' },
  { label: 'Inngest event send', write: 'send', module: ['inngest'], export: ['Inngest'], instance: true, path: ['send'],
    keyOption: { arg: 0, names: ['id'] }, kindByArgument: eventKinds(0), checkedAgainst: 'inngest@3 (packages/inngest/src/components/Inngest.ts send)' },
];

/**
 * step.run(id, fn, ...input) and step.ai.wrap(id, fn, ...input): the step is retried on failure (the function's retries,
 * 4 by default), fn with it, called with the inputs that follow it (`createStepRun`: `fn(...input)`) — so
 * `step.ai.wrap('summary', openai.chat.completions.create.bind(…), params)` makes that model call, with those params and
 * nothing else: the step adds no deadline. (`step.ai.infer` is different: Inngest's server makes that request.)
 * The function's `retries` option sets the count for every step of the function it registers (`retries: 0`: each step
 * runs once; FunctionConfig `retries`, packages/inngest/src/types.ts).
 */
const functionRetries = { registration: 'createFunction', configArg: 0, option: 'retries' };
export const inngestRetries: RetryFact[] = [
  { label: 'Inngest step.run (retried on failure, 4 retries by default)', ...stepToolsValue, path: ['run'],
    fnArg: 1, forwardsArgsFrom: 2, countSetBy: functionRetries, checkedAgainst: 'inngest@3.x-4.18.1 (packages/inngest/src/components/InngestStepTools.ts createStepRun: `(idOrOptions, fn, ...input: Parameters<TFn>)`)' },
  { label: 'Inngest step.ai.wrap (retried on failure, 4 retries by default)', ...stepToolsValue, path: ['ai.wrap'],
    fnArg: 1, forwardsArgsFrom: 2, countSetBy: functionRetries, checkedAgainst: 'inngest@4.18.1 (packages/inngest/src/components/InngestStepTools.ts: `wrap: createStepRun("step.ai.wrap")`)' },
];

/**
 * What Inngest hands the functions it runs: `inngest.createFunction(config, trigger, async ({ event, step }) => …)`
 * and an AgentKit tool's `createTool({ handler: async (input, { step }) => … })` get the step tools.
 */
export const inngestListenerContracts: ListenerContract[] = [
  {
    registeredOn: { module: ['inngest'], export: ['Inngest'], instance: true },
    registrations: ['createFunction'],
    args: { step: stepTools },
    checkedAgainst: 'inngest@3 (packages/inngest/src/components/Inngest.ts createFunction)',
  },
  {
    configuredBy: { module: ['@inngest/agent-kit'], export: ['createTool'] },
    configCallbacks: ['handler'],
    param: 1,
    args: { step: stepTools },
    checkedAgainst: '@inngest/agent-kit@0.13 (packages/agent-kit/src/tool.ts: handler(input, { agent, network, step }))',
  },
];
