// The openai SDK (openai@7): calls that reach the network, their defaults, and its stateful writes.
// Defaults checked in openai@7.57.0: timeout 10 min, maxRetries 2, no idempotency key sent unless an
// idempotency header is configured (the client never configures one), so `idempotencyKey` protects nothing.
import type { OutboundCallFact, WriteFact } from './types.js';

const client = { module: ['openai'], export: ['default', 'OpenAI', 'AzureOpenAI'], instance: true } as const;
const options = { optionsArgs: [1], signalOptions: ['signal'], timeoutOptions: ['timeout'] };

export const openaiCalls: OutboundCallFact[] = [
  {
    kind: 'llm', label: 'OpenAI chat completion', ...client, ...options,
    path: ['chat.completions.create', 'chat.completions.stream', 'chat.completions.parse', 'beta.chat.completions.parse', 'beta.chat.completions.stream'],
    lenientDefault: 'the OpenAI SDK defaults to a 10-minute timeout and retries timeouts twice (up to ~30 min)',
    checkedAgainst: 'openai@7.57.0',
  },
  {
    kind: 'llm', label: 'OpenAI Responses call', ...client, ...options,
    path: ['responses.create', 'responses.stream', 'responses.parse'],
    lenientDefault: 'the OpenAI SDK defaults to a 10-minute timeout and retries timeouts twice (up to ~30 min)',
    checkedAgainst: 'openai@7.57.0',
  },
];

const statefulRetries = { count: 'the OpenAI SDK retries twice by default', disableOption: 'maxRetries', clientDisable: 'maxRetries' };

export const openaiWrites: WriteFact[] = [
  {
    label: 'OpenAI stateful create', write: 'create', ...client,
    path: ['files.create', 'uploads.create', 'uploads.parts.create', 'batches.create', 'vectorStores.create', 'vectorStores.files.create',
      'vectorStores.fileBatches.create', 'fineTuning.jobs.create', 'beta.assistants.create', 'beta.threads.create', 'beta.threads.messages.create',
      'containers.create', 'conversations.create', 'conversations.items.create'],
    keyOption: { arg: 1, names: ['headers'] },
    builtInRetries: statefulRetries,
    checkedAgainst: 'openai@7.57.0',
  },
];
