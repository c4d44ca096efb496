// Where each SDK puts a model's generated text in a call's result, and the field that says whether the
// output was cut short (unchecked-truncation). Checked in the installed packages' declarations and code.
import type { CallPattern, Checked } from './types.js';

export interface TruncationFact extends CallPattern, Checked {
  label: string;
  /**
   * Member paths from the call's result to generated text or tool arguments; `*` is one array index
   * (`[0]`, `.at(-1)`, `.find(…)`). A path matches any expression that starts with it.
   */
  contentPaths: ReadonlyArray<ReadonlyArray<string>>;
  /**
   * Paths reported only when the call sets an output limit (one of `limitOptions`): tool-call arguments are cut
   * off in practice only under a tight limit, and every tool loop parses them.
   */
  limitedPaths?: ReadonlyArray<ReadonlyArray<string>>;
  limitOptions?: ReadonlyArray<string>;
  /** The property that carries the signal (read anywhere on the way means the code looked), and what it says when cut. */
  signal: { properties: ReadonlyArray<string>; truncatedWhen: string };
}

const openaiClient = { module: ['openai'], export: ['default', 'OpenAI', 'AzureOpenAI'], instance: true } as const;
const anthropicClient = { module: ['@anthropic-ai/sdk'], export: ['default', 'Anthropic'], instance: true } as const;

export const truncationFacts: TruncationFact[] = [
  {
    // resources/chat/completions: finish_reason 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'function_call'.
    // `chat.completions.parse` throws LengthFinishReasonError / ContentFilterFinishReasonError (lib/parser.js): not listed.
    label: 'OpenAI chat completion', ...openaiClient, path: ['chat.completions.create', 'beta.chat.completions.create'],
    contentPaths: [
      ['choices', '*', 'message', 'content'],
      ['choices', '*', 'message', 'tool_calls', '*', 'function', 'arguments'],
      ['choices', '*', 'message', 'function_call', 'arguments'],
      // `stream: true`: each chunk's delta (the last chunk carries finish_reason).
      ['*', 'choices', '*', 'delta', 'content'],
      ['*', 'choices', '*', 'delta', 'tool_calls', '*', 'function', 'arguments'],
    ],
    limitedPaths: [
      ['choices', '*', 'message', 'tool_calls', '*', 'function', 'arguments'],
      ['choices', '*', 'message', 'function_call', 'arguments'],
      ['*', 'choices', '*', 'delta', 'tool_calls', '*', 'function', 'arguments'],
    ],
    limitOptions: ['max_tokens', 'max_completion_tokens'],
    signal: { properties: ['finish_reason'], truncatedWhen: "`choices[0].finish_reason` is `'length'` (or `'content_filter'`)" },
    checkedAgainst: 'openai@7.57.0',
  },
  {
    // OpenAI-compatible clients generated from the same kind of spec (Stainless): the same places for the text and
    // the signal. groq-sdk src/resources/chat/completions.ts: `choices[].finish_reason` ('stop' | 'length' |
    // 'tool_calls' | 'function_call'), `choices[].message.content`; together-ai resources/chat/completions.d.ts:
    // finish_reason 'stop' | 'eos' | 'length' | 'tool_calls' | 'function_call'.
    label: 'Groq chat completion', module: ['groq-sdk'], export: ['default', 'Groq'], instance: true, path: ['chat.completions.create'],
    contentPaths: [['choices', '*', 'message', 'content'], ['*', 'choices', '*', 'delta', 'content']],
    signal: { properties: ['finish_reason'], truncatedWhen: "`choices[0].finish_reason` is `'length'`" },
    checkedAgainst: 'groq-sdk@0.9.2',
  },
  {
    label: 'Together AI chat completion', module: ['together-ai'], export: ['default', 'Together'], instance: true, path: ['chat.completions.create'],
    contentPaths: [['choices', '*', 'message', 'content'], ['*', 'choices', '*', 'delta', 'content']],
    signal: { properties: ['finish_reason'], truncatedWhen: "`choices[0].finish_reason` is `'length'`" },
    checkedAgainst: 'together-ai@0.16.0',
  },
  {
    label: 'OpenAI completion', ...openaiClient, path: ['completions.create'],
    contentPaths: [['choices', '*', 'text']],
    signal: { properties: ['finish_reason'], truncatedWhen: "`choices[0].finish_reason` is `'length'`" },
    checkedAgainst: 'openai@7.57.0',
  },
  {
    // resources/responses: status 'incomplete' with incomplete_details.reason 'max_output_tokens' | 'max_messages' |
    // 'content_filter' | 'steered'. `responses.parse` leaves output_parsed null unless status is 'completed' (lib/ResponsesParser.js).
    label: 'OpenAI response', ...openaiClient, path: ['responses.create'],
    contentPaths: [['output_text'], ['output', '*', 'content', '*', 'text'], ['output', '*', 'arguments']],
    limitedPaths: [['output', '*', 'arguments']],
    limitOptions: ['max_output_tokens'],
    signal: { properties: ['status', 'incomplete_details'], truncatedWhen: "`status` is `'incomplete'` (`incomplete_details.reason`: `max_output_tokens`, `max_messages`, `content_filter`)" },
    checkedAgainst: 'openai@7.57.0',
  },
  {
    // resources/messages: StopReason 'end_turn' | 'max_tokens' | 'stop_sequence' | 'tool_use' | 'pause_turn' | 'refusal' |
    // 'model_context_window_exceeded'. `messages.parse` throws on unparsable output (lib/parser.js): not listed.
    label: 'Anthropic message', ...anthropicClient, path: ['messages.create', 'beta.messages.create'],
    // `stream: true`: content_block_delta events carry `delta.text` / `delta.partial_json`; message_delta carries `delta.stop_reason`.
    contentPaths: [['content', '*', 'text'], ['*', 'delta', 'text'], ['*', 'delta', 'partial_json']],
    signal: { properties: ['stop_reason'], truncatedWhen: "`stop_reason` is `'max_tokens'` or `'model_context_window_exceeded'` (`'pause_turn'` means the turn is not finished either)" },
    checkedAgainst: '@anthropic-ai/sdk@1.12.0',
  },
  {
    // FinishReason 'stop' | 'length' | 'content-filter' | 'tool-calls' | 'error' | 'interrupted' | 'other'.
    // generateObject/streamObject throw NoObjectGeneratedError (carrying finishReason) instead: not listed.
    label: 'AI SDK text generation', module: ['ai'], export: ['generateText', 'streamText'], path: [''],
    contentPaths: [['text'], ['textStream', '*']],
    signal: { properties: ['finishReason'], truncatedWhen: "`finishReason` is `'length'`" },
    checkedAgainst: 'ai@7.0.173',
  },
  {
    label: 'AI SDK agent', module: ['ai'], export: ['ToolLoopAgent', 'Experimental_Agent', 'Agent'], instance: true, path: ['generate', 'stream'],
    contentPaths: [['text']],
    signal: { properties: ['finishReason'], truncatedWhen: "`finishReason` is `'length'`" },
    checkedAgainst: 'ai@7.0.173',
  },
];

/** Calls that take text and act on it as if it were whole: parse it, store it, run it. */
export const wholeTextSinks: ReadonlyArray<{ module: string; export: string; path: string; what: 'parse' | 'store' | 'run'; checkedAgainst: string }> = [
  { module: 'global', export: 'JSON', path: 'parse', what: 'parse', checkedAgainst: 'node@20' },
  { module: 'json5', export: 'default', path: 'parse', what: 'parse', checkedAgainst: 'json5@2' },
  { module: 'yaml', export: 'default', path: 'parse', what: 'parse', checkedAgainst: 'yaml@2' },
  { module: 'yaml', export: 'parse', path: '', what: 'parse', checkedAgainst: 'yaml@2' },
  { module: 'js-yaml', export: 'load', path: '', what: 'parse', checkedAgainst: 'js-yaml@4' },
  { module: 'js-yaml', export: 'default', path: 'load', what: 'parse', checkedAgainst: 'js-yaml@4' },
  { module: 'jsonrepair', export: 'jsonrepair', path: '', what: 'parse', checkedAgainst: 'jsonrepair@3' },
  { module: 'fs', export: 'writeFileSync', path: '', what: 'store', checkedAgainst: 'node@20' },
  { module: 'node:fs', export: 'writeFileSync', path: '', what: 'store', checkedAgainst: 'node@20' },
  { module: 'fs/promises', export: 'writeFile', path: '', what: 'store', checkedAgainst: 'node@20' },
  { module: 'node:fs/promises', export: 'writeFile', path: '', what: 'store', checkedAgainst: 'node@20' },
  { module: 'fs', export: 'promises', path: 'writeFile', what: 'store', checkedAgainst: 'node@20' },
  { module: 'node:fs', export: 'promises', path: 'writeFile', what: 'store', checkedAgainst: 'node@20' },
  { module: 'fs', export: 'default', path: 'writeFileSync', what: 'store', checkedAgainst: 'node@20' },
  { module: 'node:fs', export: 'default', path: 'writeFileSync', what: 'store', checkedAgainst: 'node@20' },
  { module: 'fs/promises', export: 'default', path: 'writeFile', what: 'store', checkedAgainst: 'node@20' },
  { module: 'node:fs/promises', export: 'default', path: 'writeFile', what: 'store', checkedAgainst: 'node@20' },
  { module: 'child_process', export: 'exec', path: '', what: 'run', checkedAgainst: 'node@20' },
  { module: 'child_process', export: 'execSync', path: '', what: 'run', checkedAgainst: 'node@20' },
  { module: 'node:child_process', export: 'exec', path: '', what: 'run', checkedAgainst: 'node@20' },
  { module: 'node:child_process', export: 'execSync', path: '', what: 'run', checkedAgainst: 'node@20' },
  { module: 'global', export: 'eval', path: '', what: 'run', checkedAgainst: 'node@20' },
];
