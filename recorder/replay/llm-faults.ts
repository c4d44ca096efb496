// Rewrites a recorded LLM answer for two faults, in each wire format, whole or streamed:
// `truncate` — the answer stops at the length limit: the first half of its text (or of a tool
// call's arguments) and the format's ending for it (`finish_reason: length`, `stop_reason:
// max_tokens`, `status: incomplete`); `duplicate` — every tool call in the answer is delivered twice,
// with the same id, as an at-least-once channel would.
import type { LlmCallEvent } from '../schema.js';
import { parseSse, type SseEvent } from '../llm/sse.js';
import type { BodyPiece, ResponsePlan } from '../adapters/replay-response.js';

type Json = Record<string, any>;
type Api = LlmCallEvent['api'];
export type LlmFault = 'truncate' | 'duplicate';

export function rewriteLlmAnswer(plan: ResponsePlan, api: Api, fault: LlmFault): ResponsePlan {
  const text = Buffer.concat(plan.pieces.map((piece) => piece.bytes)).toString('utf8');
  const eventStream = (plan.headers['content-type'] ?? '').includes('text/event-stream');
  if (!eventStream) {
    const body = JSON.parse(text) as Json;
    const rewritten = fault === 'truncate' ? truncateWhole(body, api) : duplicateWhole(body, api);
    return { ...plan, pieces: [{ bytes: Buffer.from(JSON.stringify(rewritten)), offset: plan.pieces[0]?.offset ?? 0 }] };
  }
  const events = parseSse(text);
  const rewritten = fault === 'truncate' ? truncateStream(events, api) : duplicateStream(events, api);
  return { ...plan, streamed: true, pieces: spreadOver(plan.pieces, rewritten.map(formatSse)) };
}

function half(text: string): string {
  return text.slice(0, Math.floor(text.length / 2));
}

// ---- whole answers

function truncateWhole(body: Json, api: Api): Json {
  if (api === 'chat.completions') {
    const choice = body.choices?.[0];
    if (choice) {
      const message = choice.message ?? {};
      if (typeof message.content === 'string' && message.content !== '') message.content = half(message.content);
      else if (Array.isArray(message.tool_calls) && message.tool_calls.length > 0) {
        const last = message.tool_calls[message.tool_calls.length - 1];
        last.function.arguments = half(String(last.function?.arguments ?? ''));
      }
      choice.finish_reason = 'length';
    }
    return body;
  }
  if (api === 'messages') {
    const content: Json[] = Array.isArray(body.content) ? body.content : [];
    const text = content.find((block) => block.type === 'text');
    // A tool call cut part way cannot be used: keep the text, cut in half, and drop the calls.
    body.content = text ? [{ ...text, text: half(String(text.text)) }] : [];
    body.stop_reason = 'max_tokens';
    return body;
  }
  body.status = 'incomplete';
  body.incomplete_details = { reason: 'max_output_tokens' };
  const output: Json[] = Array.isArray(body.output) ? body.output : [];
  for (const item of output) {
    if (item.type === 'message') for (const part of item.content ?? []) if (typeof part.text === 'string') part.text = half(part.text);
    if (item.type === 'function_call') item.arguments = half(String(item.arguments ?? ''));
    if ('status' in item) item.status = 'incomplete';
  }
  return body;
}

function duplicateWhole(body: Json, api: Api): Json {
  if (api === 'chat.completions') {
    const message = body.choices?.[0]?.message;
    if (Array.isArray(message?.tool_calls)) message.tool_calls = [...message.tool_calls, ...clone(message.tool_calls)];
    return body;
  }
  if (api === 'messages') {
    const content: Json[] = Array.isArray(body.content) ? body.content : [];
    body.content = [...content, ...clone(content.filter((block) => block.type === 'tool_use'))];
    return body;
  }
  const output: Json[] = Array.isArray(body.output) ? body.output : [];
  body.output = [...output, ...clone(output.filter((item) => item.type === 'function_call'))];
  return body;
}

// ---- streamed answers

interface Parsed {
  sse: SseEvent;
  json: Json | null;
}

function parseEvents(events: SseEvent[]): Parsed[] {
  return events.map((sse) => {
    try {
      return { sse, json: JSON.parse(sse.data) as Json };
    } catch {
      return { sse, json: null };
    }
  });
}

function jsonEvent(sse: SseEvent, json: Json): SseEvent {
  return { event: sse.event, data: JSON.stringify(json) };
}

function truncateStream(events: SseEvent[], api: Api): SseEvent[] {
  const parsed = parseEvents(events);
  const isDelta = (item: Parsed): boolean => {
    const json = item.json;
    if (!json) return false;
    if (api === 'chat.completions') {
      const delta = json.choices?.[0]?.delta ?? {};
      return (typeof delta.content === 'string' && delta.content !== '') || (Array.isArray(delta.tool_calls) && delta.tool_calls.some((call: Json) => call.function?.arguments));
    }
    if (api === 'messages') return json.type === 'content_block_delta';
    return json.type === 'response.output_text.delta' || json.type === 'response.function_call_arguments.delta';
  };
  const deltas = parsed.filter(isDelta).length;
  const keep = Math.max(1, Math.ceil(deltas / 2));
  const out: SseEvent[] = [];
  let kept = 0;
  let openBlock: number | null = null;
  for (const item of parsed) {
    if (isDelta(item)) {
      if (kept >= keep) break;
      kept++;
      out.push(item.sse);
      continue;
    }
    const json = item.json;
    if (api === 'messages' && json?.type === 'content_block_start') openBlock = Number(json.index);
    if (api === 'messages' && json?.type === 'content_block_stop') openBlock = null;
    if (kept > 0 && isEnding(json, api)) break;
    out.push(item.sse);
  }
  return [...out, ...lengthEnding(parsed, api, openBlock)];
}

/** Events that close an answer: once text was kept, the original ending is replaced. */
function isEnding(json: Json | null, api: Api): boolean {
  if (api === 'chat.completions') return json === null || json.choices?.[0]?.finish_reason != null || (Array.isArray(json.choices) && json.choices.length === 0);
  if (api === 'messages') return json?.type === 'message_delta' || json?.type === 'message_stop';
  return typeof json?.type === 'string' && /^response\.(completed|incomplete|failed)$/.test(json.type);
}

function lengthEnding(parsed: Parsed[], api: Api, openBlock: number | null): SseEvent[] {
  const find = (test: (json: Json) => boolean) => parsed.find((item) => item.json !== null && test(item.json));
  if (api === 'chat.completions') {
    const finish = find((json) => json.choices?.[0]?.finish_reason != null) ?? find((json) => Array.isArray(json.choices));
    const json = clone(finish?.json ?? { choices: [{ index: 0 }] });
    json.choices = [{ ...(json.choices?.[0] ?? { index: 0 }), delta: {}, finish_reason: 'length' }];
    return [jsonEvent(finish?.sse ?? { event: null, data: '' }, json), { event: null, data: '[DONE]' }];
  }
  if (api === 'messages') {
    const delta = find((json) => json.type === 'message_delta');
    const json = clone(delta?.json ?? { type: 'message_delta', delta: {}, usage: {} });
    json.delta = { ...(json.delta ?? {}), stop_reason: 'max_tokens' };
    const closing: SseEvent[] = openBlock === null ? [] : [{ event: 'content_block_stop', data: JSON.stringify({ type: 'content_block_stop', index: openBlock }) }];
    return [...closing, jsonEvent(delta?.sse ?? { event: 'message_delta', data: '' }, json), { event: 'message_stop', data: JSON.stringify({ type: 'message_stop' }) }];
  }
  const completed = find((json) => typeof json.type === 'string' && /^response\.(completed|incomplete)$/.test(json.type));
  const response = truncateWhole(clone(completed?.json?.response ?? {}), 'responses');
  return [{ event: 'response.incomplete', data: JSON.stringify({ type: 'response.incomplete', response }) }];
}

function duplicateStream(events: SseEvent[], api: Api): SseEvent[] {
  const parsed = parseEvents(events);
  const endAt = parsed.findIndex((item) => isEnding(item.json, api) && (api !== 'chat.completions' || item.json !== null));
  const before = endAt === -1 ? parsed : parsed.slice(0, endAt);
  const after = endAt === -1 ? [] : parsed.slice(endAt);
  let extra: SseEvent[] = [];
  if (api === 'chat.completions') {
    const calls = new Map<number, Json>();
    let template: Parsed | undefined;
    for (const item of before) {
      for (const call of item.json?.choices?.[0]?.delta?.tool_calls ?? []) {
        template ??= item;
        const index = Number(call.index ?? 0);
        const whole = calls.get(index) ?? { index, id: call.id, type: 'function', function: { name: '', arguments: '' } };
        if (call.id) whole.id = call.id;
        if (call.function?.name) whole.function.name = call.function.name;
        whole.function.arguments += call.function?.arguments ?? '';
        calls.set(index, whole);
      }
    }
    const count = calls.size;
    extra = [...calls.values()].map((call) => {
      const json = clone(template!.json!);
      json.choices = [{ index: 0, delta: { tool_calls: [{ ...call, index: call.index + count }] }, finish_reason: null }];
      return jsonEvent(template!.sse, json);
    });
  } else if (api === 'messages') {
    const blocks = new Map<number, Parsed[]>();
    const toolBlocks = new Set<number>();
    let highest = -1;
    for (const item of before) {
      const json = item.json;
      if (!json || typeof json.index !== 'number') continue;
      highest = Math.max(highest, json.index);
      if (json.type === 'content_block_start' && json.content_block?.type === 'tool_use') toolBlocks.add(json.index);
      blocks.set(json.index, [...(blocks.get(json.index) ?? []), item]);
    }
    let next = highest + 1;
    for (const index of toolBlocks) {
      const copyIndex = next++;
      for (const item of blocks.get(index) ?? []) extra.push(jsonEvent(item.sse, { ...clone(item.json!), index: copyIndex }));
    }
  } else {
    const done = parsed.filter((item) => item.json?.type === 'response.output_item.done' && item.json.item?.type === 'function_call');
    extra = done.map((item) => jsonEvent(item.sse, clone(item.json!)));
    for (const item of after) {
      const response = item.json?.response;
      if (Array.isArray(response?.output)) {
        const json = clone(item.json!);
        json.response.output = [...response.output, ...clone(response.output.filter((entry: Json) => entry.type === 'function_call'))];
        item.sse = jsonEvent(item.sse, json);
      }
    }
  }
  return [...before.map((item) => item.sse), ...extra, ...after.map((item) => item.sse)];
}

function formatSse(event: SseEvent): Buffer {
  return Buffer.from(`${event.event === null ? '' : `event: ${event.event}\n`}data: ${event.data}\n\n`);
}

/** New pieces take the offsets of the recorded ones, in proportion, so --realtime keeps the pace. */
function spreadOver(original: BodyPiece[], pieces: Buffer[]): BodyPiece[] {
  const last = original.length - 1;
  return pieces.map((bytes, index) => {
    const source = last <= 0 ? 0 : Math.min(last, Math.round((index * last) / Math.max(1, pieces.length - 1)));
    return { bytes, offset: original[source]?.offset ?? 0 };
  });
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
