// OpenAI Responses API: POST …/responses. Output is a list of items (messages, function calls); a
// stream ends with a `response.completed` / `response.incomplete` event carrying the whole response.
import type { ToolCall } from '../schema.js';
import {
  asArray,
  asString,
  contentText,
  isObject,
  usageOf,
  type JsonObject,
  type LlmResponseSummary,
  type WireFormat,
} from './wire-format.js';

const FINAL_EVENTS = new Set(['response.completed', 'response.incomplete', 'response.failed']);

export const openAiResponses: WireFormat = {
  provider: 'openai',
  api: 'responses',
  matchesPath: (pathname) => pathname.endsWith('/responses'),
  streamEnd: /"type":\s*"response\.(?:completed|incomplete|failed)"/,

  readRequest: (body) => ({
    model: asString(body.model),
    messages: typeof body.input === 'string' ? 1 : asArray(body.input).length,
    tools: asArray(body.tools).map((tool) => (isObject(tool) ? (asString(tool.name) ?? asString(tool.type) ?? '?') : '?')),
  }),

  toolResults: (body) =>
    asArray(body.input)
      .filter(isObject)
      .filter((item) => item.type === 'function_call_output' && typeof item.call_id === 'string')
      .map((item) => ({ callId: item.call_id as string, content: contentText(item.output) })),

  readResponse: (body) => readResponseObject(isObject(body) ? body : {}),

  readStream(payloads) {
    const events = payloads.filter(isObject);
    const final = [...events].reverse().find((event) => FINAL_EVENTS.has(String(event.type)));
    if (final && isObject(final.response)) return readResponseObject(final.response);
    // Cut off before the final event: assemble what arrived.
    const summary: LlmResponseSummary = { model: null, text: '', toolCalls: [], finishReason: null, usage: null };
    for (const event of events) {
      if (event.type === 'response.created' && isObject(event.response)) summary.model = asString(event.response.model);
      if (event.type === 'response.output_text.delta') summary.text += asString(event.delta) ?? '';
      if (event.type === 'response.output_item.done' && isObject(event.item) && event.item.type === 'function_call') {
        summary.toolCalls.push(functionCall(event.item));
      }
    }
    return summary;
  },
};

function readResponseObject(response: JsonObject): LlmResponseSummary {
  let text = '';
  const toolCalls: ToolCall[] = [];
  for (const item of asArray(response.output).filter(isObject)) {
    if (item.type === 'message') {
      for (const part of asArray(item.content).filter(isObject)) text += asString(part.text) ?? '';
    } else if (item.type === 'function_call') {
      toolCalls.push(functionCall(item));
    }
  }
  const usage = isObject(response.usage) ? response.usage : {};
  return {
    model: asString(response.model),
    text,
    toolCalls,
    finishReason: asString(response.status),
    usage: usageOf(usage.input_tokens, usage.output_tokens, usage.total_tokens),
  };
}

function functionCall(item: JsonObject): ToolCall {
  return {
    id: asString(item.call_id) ?? asString(item.id) ?? '',
    name: asString(item.name) ?? '',
    arguments: asString(item.arguments) ?? '',
  };
}
