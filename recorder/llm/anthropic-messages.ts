// Anthropic Messages API: POST …/v1/messages. Content is a list of blocks (text, tool_use); a stream
// sends message_start, content_block_start/delta/stop per block, message_delta (stop_reason, usage).
import {
  asArray,
  asNumber,
  asString,
  contentText,
  isObject,
  usageOf,
  type LlmResponseSummary,
  type WireFormat,
} from './wire-format.js';

export const anthropicMessages: WireFormat = {
  provider: 'anthropic',
  api: 'messages',
  matchesPath: (pathname) => pathname.endsWith('/messages'),
  streamEnd: /"type":\s*"message_stop"/,

  readRequest: (body) => ({
    model: asString(body.model),
    messages: asArray(body.messages).length,
    tools: asArray(body.tools).map((tool) => (isObject(tool) ? (asString(tool.name) ?? '?') : '?')),
  }),

  toolResults: (body) =>
    asArray(body.messages)
      .filter(isObject)
      .flatMap((message) => asArray(message.content))
      .filter(isObject)
      .filter((block) => block.type === 'tool_result' && typeof block.tool_use_id === 'string')
      .map((block) => ({ callId: block.tool_use_id as string, content: contentText(block.content) })),

  readResponse(body) {
    const response = isObject(body) ? body : {};
    const summary: LlmResponseSummary = {
      model: asString(response.model),
      text: '',
      toolCalls: [],
      finishReason: asString(response.stop_reason),
      usage: null,
    };
    for (const block of asArray(response.content).filter(isObject)) {
      if (block.type === 'text') summary.text += asString(block.text) ?? '';
      if (block.type === 'tool_use') {
        summary.toolCalls.push({ id: asString(block.id) ?? '', name: asString(block.name) ?? '', arguments: JSON.stringify(block.input ?? {}) });
      }
    }
    const usage = isObject(response.usage) ? response.usage : {};
    summary.usage = usageOf(usage.input_tokens, usage.output_tokens);
    return summary;
  },

  readStream(payloads) {
    const summary: LlmResponseSummary = { model: null, text: '', toolCalls: [], finishReason: null, usage: null };
    const toolBlocks = new Map<number, { id: string; name: string; json: string }>();
    let inputTokens: number | null = null;
    let outputTokens: number | null = null;
    for (const event of payloads.filter(isObject)) {
      const index = asNumber(event.index) ?? -1;
      if (event.type === 'message_start' && isObject(event.message)) {
        summary.model = asString(event.message.model);
        const usage = isObject(event.message.usage) ? event.message.usage : {};
        inputTokens = asNumber(usage.input_tokens);
        outputTokens = asNumber(usage.output_tokens);
      } else if (event.type === 'content_block_start' && isObject(event.content_block)) {
        const block = event.content_block;
        if (block.type === 'tool_use') toolBlocks.set(index, { id: asString(block.id) ?? '', name: asString(block.name) ?? '', json: '' });
        if (block.type === 'text') summary.text += asString(block.text) ?? '';
      } else if (event.type === 'content_block_delta' && isObject(event.delta)) {
        if (event.delta.type === 'text_delta') summary.text += asString(event.delta.text) ?? '';
        const tool = toolBlocks.get(index);
        if (event.delta.type === 'input_json_delta' && tool) tool.json += asString(event.delta.partial_json) ?? '';
      } else if (event.type === 'message_delta') {
        if (isObject(event.delta)) summary.finishReason = asString(event.delta.stop_reason) ?? summary.finishReason;
        if (isObject(event.usage)) {
          inputTokens = asNumber(event.usage.input_tokens) ?? inputTokens;
          outputTokens = asNumber(event.usage.output_tokens) ?? outputTokens;
        }
      }
    }
    summary.toolCalls = [...toolBlocks.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, tool]) => ({ id: tool.id, name: tool.name, arguments: tool.json === '' ? '{}' : tool.json }));
    summary.usage = usageOf(inputTokens, outputTokens);
    return summary;
  },
};
