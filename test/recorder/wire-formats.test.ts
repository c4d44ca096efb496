// LLM calls recognised from the wire, on canned bodies: SSE parsing, parallel tool calls in a chat
// stream, a Responses stream cut off before its final event, Anthropic content blocks, and requests
// that are not LLM calls.
import { describe, expect, it } from 'vitest';
import { recogniseLlmRequest, summariseLlmCall } from '../../recorder/llm/recognise.js';
import { parseSse } from '../../recorder/llm/sse.js';

const sse = (...events: unknown[]) => events.map((event) => `data: ${typeof event === 'string' ? event : JSON.stringify(event)}\n\n`).join('');

describe('parseSse', () => {
  it('reads event names, multi-line data, CRLF line ends, and skips comments', () => {
    const text = ': keep-alive\r\n\r\nevent: message_start\r\ndata: {"a":1}\r\n\r\ndata: line one\ndata: line two\n\n';
    expect(parseSse(text)).toEqual([
      { event: 'message_start', data: '{"a":1}' },
      { event: null, data: 'line one\nline two' },
    ]);
  });
});

describe('recogniseLlmRequest', () => {
  it('recognises the three wire formats by path and a model in the body', () => {
    const body = JSON.stringify({ model: 'm', messages: [] });
    expect(recogniseLlmRequest('POST', 'https://api.openai.com/v1/chat/completions', body)?.format.api).toBe('chat.completions');
    expect(recogniseLlmRequest('POST', 'https://api.openai.com/v1/responses', body)?.format.api).toBe('responses');
    expect(recogniseLlmRequest('POST', 'https://api.anthropic.com/v1/messages', body)?.format.provider).toBe('anthropic');
  });

  it('leaves other requests alone', () => {
    expect(recogniseLlmRequest('GET', 'https://api.openai.com/v1/chat/completions', '')).toBeNull();
    expect(recogniseLlmRequest('POST', 'https://example.com/v1/orders', '{"model":"m"}')).toBeNull();
    expect(recogniseLlmRequest('POST', 'https://example.com/v1/messages', '{"text":"hi"}')).toBeNull();
  });
});

describe('summariseLlmCall', () => {
  it('assembles parallel tool calls from a chat completions stream', () => {
    const request = recogniseLlmRequest('POST', 'http://x/v1/chat/completions', JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }], tools: [{ type: 'function', function: { name: 'a' } }, { type: 'function', function: { name: 'b' } }] }))!;
    const chunk = (delta: unknown, finish: string | null = null) => ({ id: 'c1', model: 'gpt-4o-2024', choices: [{ index: 0, delta, finish_reason: finish }] });
    const body = sse(
      chunk({ role: 'assistant' }),
      chunk({ tool_calls: [{ index: 0, id: 'call_a', function: { name: 'a', arguments: '{"x"' } }, { index: 1, id: 'call_b', function: { name: 'b', arguments: '' } }] }),
      chunk({ tool_calls: [{ index: 1, function: { arguments: '{}' } }, { index: 0, function: { arguments: ':1}' } }] }),
      chunk({}, 'tool_calls'),
      { id: 'c1', choices: [], usage: { prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 } },
      '[DONE]',
    );
    expect(summariseLlmCall(request, true, body)).toEqual({
      provider: 'openai',
      api: 'chat.completions',
      model: 'gpt-4o-2024',
      stream: true,
      input: { messages: 1, tools: ['a', 'b'] },
      output: { text: '', toolCalls: [{ id: 'call_a', name: 'a', arguments: '{"x":1}' }, { id: 'call_b', name: 'b', arguments: '{}' }] },
      finishReason: 'tool_calls',
      usage: { inputTokens: 5, outputTokens: 3, totalTokens: 8 },
    });
  });

  it('keeps what arrived of a Responses stream cut off before its final event', () => {
    const request = recogniseLlmRequest('POST', 'http://x/v1/responses', JSON.stringify({ model: 'gpt-4.1', input: 'hi' }))!;
    const body = sse(
      { type: 'response.created', response: { model: 'gpt-4.1-2025' } },
      { type: 'response.output_text.delta', delta: 'Hel' },
      { type: 'response.output_text.delta', delta: 'lo' },
    );
    expect(summariseLlmCall(request, true, body)).toMatchObject({ model: 'gpt-4.1-2025', output: { text: 'Hello', toolCalls: [] }, finishReason: null, usage: null });
  });

  it('reads an incomplete Responses answer and its status', () => {
    const request = recogniseLlmRequest('POST', 'http://x/v1/responses', JSON.stringify({ model: 'gpt-4.1', input: [{ role: 'user', content: 'hi' }] }))!;
    const body = JSON.stringify({ model: 'gpt-4.1', status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' }, output: [{ type: 'message', content: [{ type: 'output_text', text: 'Part' }] }], usage: { input_tokens: 4, output_tokens: 16, total_tokens: 20 } });
    expect(summariseLlmCall(request, false, body)).toMatchObject({ finishReason: 'incomplete', output: { text: 'Part' }, usage: { totalTokens: 20 } });
  });

  it('reads Anthropic text and tool_use blocks, and the tool results sent back', () => {
    const request = recogniseLlmRequest(
      'POST',
      'https://api.anthropic.com/v1/messages',
      JSON.stringify({ model: 'claude', messages: [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '22C' }] }], tools: [{ name: 'weather' }] }),
    )!;
    expect(request.format.toolResults(request.body)).toEqual([{ callId: 'toolu_1', content: '22C' }]);
    const body = JSON.stringify({ model: 'claude-x', stop_reason: 'max_tokens', content: [{ type: 'text', text: 'Let me check. ' }, { type: 'tool_use', id: 'toolu_2', name: 'weather', input: { city: 'Oslo' } }], usage: { input_tokens: 10, output_tokens: 20 } });
    expect(summariseLlmCall(request, false, body)).toMatchObject({
      model: 'claude-x',
      finishReason: 'max_tokens',
      output: { text: 'Let me check. ', toolCalls: [{ id: 'toolu_2', name: 'weather', arguments: '{"city":"Oslo"}' }] },
      usage: { inputTokens: 10, outputTokens: 20, totalTokens: 30 },
    });
  });
});
