// The Vercel AI SDK (ai@7): model calls, their `timeout` forms, tools and agents.
// No default deadline. `timeout` exists on generateText/streamText and agents, not on generateObject/streamObject.
import type { OutboundCallFact, ToolRegistrationFact } from './types.js';

const ai = { module: ['ai'] };
const checked = 'ai@7.0.173';
/** `ai/test` mock models (MockLanguageModelV2/V3) answer in-process. */
const offlineWhen = { option: 'model', module: ['ai/test'] };

export const vercelAiCalls: OutboundCallFact[] = [
  {
    kind: 'llm', label: 'AI SDK generateText/streamText', ...ai, export: ['generateText', 'streamText'], path: [''],
    optionsArgs: [0], signalOptions: ['abortSignal'], timeoutOptions: ['timeout'],
    wholeCallTimeoutKeys: ['totalMs', 'stepMs'], stallOnlyTimeoutKeys: ['chunkMs', 'firstChunkMs'], offlineWhen, checkedAgainst: checked,
  },
  {
    kind: 'llm', label: 'AI SDK generateObject/streamObject', ...ai, export: ['generateObject', 'streamObject'], path: [''],
    optionsArgs: [0], signalOptions: ['abortSignal'], timeoutOptions: [], offlineWhen, checkedAgainst: checked,
  },
  {
    // The SDK's other model requests (embed/embed.ts, embed/embed-many.ts, generate-image, generate-speech, transcribe):
    // each takes `abortSignal` and nothing else that bounds it (test/corpus/README.md question 73). Not a step of an agent
    // loop: `api`, so the loop rules do not count them as model calls.
    kind: 'api', label: 'AI SDK model request', ...ai,
    export: ['embed', 'embedMany', 'generateImage', 'experimental_generateImage', 'generateSpeech', 'experimental_generateSpeech', 'transcribe', 'experimental_transcribe'],
    path: [''], optionsArgs: [0], signalOptions: ['abortSignal'], timeoutOptions: [], offlineWhen, checkedAgainst: 'ai@7.0.77 (packages/ai/src/embed, generate-image, generate-speech, transcribe)',
  },
  {
    kind: 'llm', label: 'AI SDK agent call', ...ai, export: ['ToolLoopAgent', 'Experimental_Agent', 'Agent'], instance: true,
    path: ['generate', 'stream'], optionsArgs: [0], signalOptions: ['abortSignal'], timeoutOptions: ['timeout'],
    wholeCallTimeoutKeys: ['totalMs', 'stepMs'], stallOnlyTimeoutKeys: ['chunkMs', 'firstChunkMs'], offlineWhen,
    checkedAgainst: checked,
  },
];

export const vercelAiTools: ToolRegistrationFact[] = [
  {
    framework: 'Vercel AI SDK', ...ai, export: ['tool', 'dynamicTool'], path: [''], handler: { option: 'execute', arg: 0 },
    signalFrom: { param: 1, property: 'abortSignal' }, checkedAgainst: checked,
  },
];

/** Calls (and `new` agents) whose `tools: {...}` entries are tools even when not wrapped in `tool()`. */
export const vercelAiToolHosts = [
  {
    framework: 'Vercel AI SDK',
    module: ['ai'],
    export: ['generateText', 'streamText', 'generateObject', 'streamObject', 'ToolLoopAgent', 'Experimental_Agent', 'Agent'],
    checkedAgainst: checked,
  },
  {
    // Workflow DevKit: `new DurableAgent({ model, tools })` (packages/ai/src/agent/durable-agent.ts: `tools?: ToolSet`, the
    // AI SDK's tool set, each entry's `execute` run by the agent's loop).
    framework: 'Workflow DevKit DurableAgent',
    module: ['@workflow/ai/agent', '@workflow/ai'],
    export: ['DurableAgent'],
    checkedAgainst: '@workflow/ai (vercel/workflow packages/ai/src/agent/durable-agent.ts @008f08f)',
  },
];

/** Loop bounds: default step limits and the option names that set them. */
export const vercelAiLoops = {
  stepOptions: ['stopWhen', 'maxSteps'],
  stepCountHelpers: ['stepCountIs', 'isStepCount'],
  /** generateText/streamText stop after 1 step by default; ToolLoopAgent after 20. */
  defaultSteps: { generateText: 1, streamText: 1, ToolLoopAgent: 20 },
  checkedAgainst: checked,
};
