// What runs at the same time (shared-state-race): calls that start several tasks together, and agent
// SDKs that run the tool calls of one model step concurrently. Checked in each package's code.
import type { CallPattern, Checked } from './types.js';

export interface FanOutFact extends CallPattern, Checked {
  label: string;
  /** `array`: the argument is an array of promises (`Promise.all([...])`, `items.map(async …)`); `mapper`: a function run per item. */
  kind: 'array' | 'mapper';
  tasksArg: number;
}

export const fanOutCalls: FanOutFact[] = [
  { label: 'Promise.all', module: ['global'], export: ['Promise'], path: ['all', 'allSettled', 'any', 'race'], kind: 'array', tasksArg: 0, checkedAgainst: 'node@20' },
  // p-map: pMap(input, mapper, { concurrency }) runs `mapper` on several items at once (concurrency Infinity by default).
  { label: 'p-map', module: ['p-map'], export: ['default', 'pMap'], path: [''], kind: 'mapper', tasksArg: 1, checkedAgainst: 'p-map@7' },
];

export const concurrentToolFrameworks: ReadonlyArray<{ framework: string; note: string; sequentialWhen?: RegExp; checkedAgainst: string }> = [
  {
    // dist/index.js executeTools → mapWithConcurrency: Promise.all over the step's tool calls unless toolCallConcurrency is set.
    framework: 'Vercel AI SDK', note: 'the AI SDK runs the tool calls of one step concurrently',
    sequentialWhen: /toolCallConcurrency\s*:\s*1\b/, checkedAgainst: 'ai@7.0.173',
  },
  {
    // dist/runner/toolExecution.js executeFunctionToolCalls → runWithSiblingCancellation: Promise.all over the turn's tool runs.
    framework: 'OpenAI Agents SDK', note: 'the Agents SDK runs the function tool calls of one turn concurrently',
    checkedAgainst: '@openai/agents-core@0.20.0',
  },
];
