// The @anthropic-ai/sdk (v1): messages calls and their defaults (10 min timeout, 2 retries, no
// idempotency-key option), and its stateful writes.
import type { OutboundCallFact, WriteFact } from './types.js';

const client = { module: ['@anthropic-ai/sdk'], export: ['default', 'Anthropic'], instance: true } as const;

export const anthropicCalls: OutboundCallFact[] = [
  {
    kind: 'llm', label: 'Anthropic messages call', ...client,
    path: ['messages.create', 'messages.stream', 'beta.messages.create', 'beta.messages.stream', 'messages.parse'],
    optionsArgs: [1], signalOptions: ['signal'], timeoutOptions: ['timeout'],
    lenientDefault: 'the Anthropic SDK defaults to a 10-minute timeout and retries timeouts twice (up to ~30 min)',
    checkedAgainst: '@anthropic-ai/sdk@1.12.0',
  },
];

export const anthropicWrites: WriteFact[] = [
  {
    label: 'Anthropic stateful create', write: 'create', ...client,
    path: ['messages.batches.create', 'beta.messages.batches.create', 'beta.files.upload', 'files.upload', 'beta.skills.create'],
    keyOption: { arg: 1, names: ['headers'] },
    builtInRetries: { count: 'the Anthropic SDK retries twice by default', disableOption: 'maxRetries', clientDisable: 'maxRetries' },
    checkedAgainst: '@anthropic-ai/sdk@1.12.0',
  },
];
