// OpenAI Chat Completions (and every OpenAI-compatible server): POST …/chat/completions, streamed as
// `chat.completion.chunk` deltas whose tool-call arguments arrive in pieces keyed by index.
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

export const openAiChat: WireFormat = {
  provider: 'openai',
  api: 'chat.completions',
  matchesPath: (pathname) => pathname.endsWith('/chat/completions'),
  streamEnd: /^data: \[DONE\]/m,

  readRequest: (body) => ({
    model: asString(body.model),
    messages: asArray(body.messages).length,
    tools: asArray(body.tools).map(toolName),
  }),

  toolResults: (body) =>
    asArray(body.messages)
      .filter(isObject)
      .filter((message) => message.role === 'tool' && typeof message.tool_call_id === 'string')
      .map((message) => ({ callId: message.tool_call_id as string, content: contentText(message.content) })),

  readResponse(body) {
    const response = isObject(body) ? body : {};
    const choice = firstChoice(response);
    const message = isObject(choice.message) ? choice.message : {};
    const toolCalls = asArray(message.tool_calls).filter(isObject).map((call) => {
      const fn = isObject(call.function) ? call.function : {};
      return { id: asString(call.id) ?? '', name: asString(fn.name) ?? '', arguments: asString(fn.arguments) ?? '' };
    });
    const usage = isObject(response.usage) ? response.usage : {};
    return {
      model: asString(response.model),
      text: asString(message.content) ?? '',
      toolCalls,
      finishReason: asString(choice.finish_reason),
      usage: usageOf(usage.prompt_tokens, usage.completion_tokens, usage.total_tokens),
    };
  },

  readStream(payloads) {
    const summary: LlmResponseSummary = { model: null, text: '', toolCalls: [], finishReason: null, usage: null };
    const calls = new Map<number, ToolCall>();
    for (const payload of payloads.filter(isObject)) {
      summary.model ??= asString(payload.model);
      if (isObject(payload.usage)) {
        summary.usage = usageOf(payload.usage.prompt_tokens, payload.usage.completion_tokens, payload.usage.total_tokens);
      }
      const choice = firstChoice(payload);
      const delta = isObject(choice.delta) ? choice.delta : {};
      summary.text += asString(delta.content) ?? '';
      for (const piece of asArray(delta.tool_calls).filter(isObject)) {
        const index = typeof piece.index === 'number' ? piece.index : calls.size;
        const call = calls.get(index) ?? { id: '', name: '', arguments: '' };
        const fn = isObject(piece.function) ? piece.function : {};
        if (typeof piece.id === 'string') call.id = piece.id;
        if (typeof fn.name === 'string') call.name += fn.name;
        if (typeof fn.arguments === 'string') call.arguments += fn.arguments;
        calls.set(index, call);
      }
      summary.finishReason = asString(choice.finish_reason) ?? summary.finishReason;
    }
    summary.toolCalls = [...calls.entries()].sort(([a], [b]) => a - b).map(([, call]) => call);
    return summary;
  },
};

function firstChoice(body: JsonObject): JsonObject {
  const choice = asArray(body.choices)[0];
  return isObject(choice) ? choice : {};
}

function toolName(tool: unknown): string {
  if (!isObject(tool)) return '?';
  if (isObject(tool.function) && typeof tool.function.name === 'string') return tool.function.name;
  return asString(tool.name) ?? asString(tool.type) ?? '?';
}
