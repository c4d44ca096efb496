// The @anthropic-ai/sdk (v1): messages calls and their defaults (10 min timeout, 2 retries, no
// idempotency-key option), and its stateful writes.
import { anthropicRequestMethods } from './anthropic-request-methods.js';
import { requestMethodFacts } from './sdk-requests.js';
import type { OutboundCallFact, WriteFact } from './types.js';

const client = { module: ['@anthropic-ai/sdk'], export: ['default', 'Anthropic'], instance: true } as const;

/** Calls that run the model (the rest of the client's requests are API calls with the same defaults). */
const modelCalls = [
  'messages.create', 'messages.stream', 'messages.parse', 'completions.create',
  'beta.messages.create', 'beta.messages.stream', 'beta.messages.parse', 'beta.messages.toolRunner',
  'beta.promptCaching.messages.create', 'beta.promptCaching.messages.stream',
];

/** Every request method of the client, each with the argument taking its request options. */
export const anthropicCalls: OutboundCallFact[] = requestMethodFacts(
  anthropicRequestMethods,
  // `beta.messages.thread()` only starts a thread object ("sends nothing", its declaration says).
  { modelCalls, sendsNothing: ['beta.messages.thread'], labels: { llm: 'Anthropic model call', api: 'Anthropic API request' } },
  {
    ...client, signalOptions: ['signal'], timeoutOptions: ['timeout'],
    lenientDefault: 'the Anthropic SDK defaults to a 10-minute timeout and retries timeouts twice (up to ~30 min)',
    checkedAgainst: '@anthropic-ai/sdk@1.12.0 (older paths: sdk-v0.120.0, sdk-v0.30.0)',
  },
);

export const anthropicWrites: WriteFact[] = [
  {
    label: 'Anthropic stateful create', write: 'create', ...client,
    path: ['messages.batches.create', 'beta.messages.batches.create', 'beta.files.upload', 'files.upload', 'beta.skills.create'],
    keyOption: { arg: 1, names: ['headers'] },
    builtInRetries: { count: 'the Anthropic SDK retries twice by default', disableOption: 'maxRetries', clientDisable: 'maxRetries' },
    checkedAgainst: '@anthropic-ai/sdk@1.12.0',
  },
];
