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

/**
 * The cloud clients (`AnthropicVertex`, `AnthropicBedrock`) extend the SDK's BaseAnthropic and carry its messages
 * resources with the same defaults (opts.timeout 10 minutes, 2 retries): their model calls are these calls too.
 */
const cloudModelCalls = Object.fromEntries(Object.entries(anthropicRequestMethods).filter(([path]) => modelCalls.includes(path)));
anthropicCalls.push(...requestMethodFacts(
  cloudModelCalls,
  { modelCalls, labels: { llm: 'Anthropic model call', api: 'Anthropic API request' } },
  {
    module: ['@anthropic-ai/vertex-sdk', '@anthropic-ai/bedrock-sdk'], export: ['default', 'AnthropicVertex', 'AnthropicBedrock'], instance: true,
    signalOptions: ['signal'], timeoutOptions: ['timeout'],
    lenientDefault: 'the Anthropic SDK defaults to a 10-minute timeout and retries timeouts twice (up to ~30 min)',
    checkedAgainst: '@anthropic-ai/vertex-sdk (anthropic-sdk-typescript packages/vertex-sdk/src/client.ts: AnthropicVertex extends BaseAnthropic, opts.timeout=10 minutes, messages = new Resources.Messages(this)); @anthropic-ai/bedrock-sdk (packages/bedrock-sdk/src/client.ts, the same)',
  },
));

export const anthropicWrites: WriteFact[] = [
  {
    label: 'Anthropic stateful create', write: 'create', ...client,
    path: ['messages.batches.create', 'beta.messages.batches.create', 'beta.files.upload', 'files.upload', 'beta.skills.create'],
    keyOption: { arg: 1, names: ['headers'] },
    builtInRetries: { count: 'the Anthropic SDK retries twice by default', disableOption: 'maxRetries', clientDisable: 'maxRetries' },
    checkedAgainst: '@anthropic-ai/sdk@1.12.0',
  },
  {
    // Managed agents (resources/beta/{environments,agents,sessions,vaults,memory-stores,deployments,dreams,tunnels}):
    // `create(params, options)` POSTs a new resource each time.
    label: 'Anthropic stateful create', write: 'create', ...client,
    path: ['beta.environments.create', 'beta.agents.create', 'beta.sessions.create', 'beta.vaults.create', 'beta.memoryStores.create',
      'beta.deployments.create', 'beta.dreams.create', 'beta.tunnels.create', 'skills.create'],
    keyOption: { arg: 1, names: ['headers'] },
    builtInRetries: { count: 'the Anthropic SDK retries twice by default', disableOption: 'maxRetries', clientDisable: 'maxRetries' },
    checkedAgainst: '@anthropic-ai/sdk@1.12.0 (resources/beta/*/…js: create → _client.post)',
  },
  {
    // `sessions.events.send(sessionID, params, options)` posts events: a user message (or system message) the agent
    // then answers is new each time. An answer to a tool use names the use it answers (`tool_use_id`,
    // `custom_tool_use_id`: `user.tool_result`, `user.custom_tool_result`, `user.tool_confirmation`), and an interrupt
    // sets the session's state: when every event sent is one of those, a repeat adds nothing new.
    label: 'Anthropic stateful create', write: 'create', ...client,
    path: ['beta.sessions.events.send'],
    keyOption: { arg: 2, names: ['headers'] },
    kindByArgument: { arg: 1, property: 'events[].type', pattern: '^[\'"`]user\\.(tool_result|custom_tool_result|tool_confirmation|interrupt)[\'"`]', write: 'upsert', everyValue: true },
    builtInRetries: { count: 'the Anthropic SDK retries twice by default', disableOption: 'maxRetries', clientDisable: 'maxRetries' },
    checkedAgainst: '@anthropic-ai/sdk@1.12.0 (resources/beta/sessions/events.d.ts: EventSendParams.events, BetaManagedAgentsUser{ToolResult,CustomToolResult,ToolConfirmation,Interrupt}EventParams)',
  },
  {
    // `vaults.credentials.create`, `memoryStores.memories.create`, `skills.versions.create` take the parent id first.
    label: 'Anthropic stateful create', write: 'create', ...client,
    path: ['beta.vaults.credentials.create', 'beta.memoryStores.memories.create', 'beta.skills.versions.create', 'skills.versions.create'],
    keyOption: { arg: 2, names: ['headers'] },
    builtInRetries: { count: 'the Anthropic SDK retries twice by default', disableOption: 'maxRetries', clientDisable: 'maxRetries' },
    checkedAgainst: '@anthropic-ai/sdk@1.12.0 (resources/beta/vaults/credentials.js, memory-stores/memories.js, skills/versions.js)',
  },
];
