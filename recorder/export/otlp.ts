// A recording as OTLP/JSON trace data (ExportTraceServiceRequest), following the OpenTelemetry GenAI
// semantic conventions: LLM calls are `chat {model}` client spans with gen_ai.* attributes, tools are
// `execute_tool {name}` spans, other exchanges HTTP client spans, processes the roots; parents come
// from the recorded causal parents, clock and random reads become span events. Content (messages,
// tool arguments and results) is left out unless asked for, as the conventions require.
import { parseJson } from '../fingerprint.js';
import type { Recording } from '../reading.js';
import type { RecordingEvent } from '../schema.js';
import { exchangeEvents, timelineOf, type Timeline, type TimelineEntry } from '../model/timeline.js';
import { attributes, stableHexId, unixNanos, type KeyValue } from './otlp-values.js';

export interface OtlpExportOptions {
  /** `service.name` of the resource; the recorded script's name by default. */
  serviceName?: string;
  /** Include prompts, outputs, tool arguments and results (opt-in in the GenAI conventions). */
  includeContent?: boolean;
  /** Version written as the instrumentation scope's version. */
  toolVersion?: string;
}

const SPAN_KIND_INTERNAL = 1;
const SPAN_KIND_CLIENT = 3;
const STATUS_ERROR = 2;

export interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: KeyValue[];
  events: Array<{ timeUnixNano: string; name: string; attributes: KeyValue[] }>;
  status?: { code: number; message: string };
}

export interface OtlpTraces {
  resourceSpans: Array<{
    resource: { attributes: KeyValue[] };
    scopeSpans: Array<{ scope: { name: string; version: string }; spans: OtlpSpan[] }>;
  }>;
}

export function recordingToOtlp(recording: Recording, options: OtlpExportOptions = {}): OtlpTraces {
  const timeline = timelineOf(recording.header, recording.events);
  const { header } = recording;
  const traceId = stableHexId(`${header.createdAt}\n${header.cwd}\n${header.command.join(' ')}`, 16);
  const spanIds = new Map<number, string>();
  const spanIdOf = (entry: TimelineEntry) => {
    let id = spanIds.get(entry.index);
    if (!id) {
      id = stableHexId(`${traceId}:${timeline.events[entry.event]?.id}`, 8);
      spanIds.set(entry.index, id);
    }
    return id;
  };

  const spans = new Map<number, OtlpSpan>();
  for (const entry of timeline.entries) {
    if (entry.kind === 'clock' || entry.kind === 'random') continue;
    const parent = spanParent(timeline, entry);
    spans.set(entry.index, {
      traceId,
      spanId: spanIdOf(entry),
      ...(parent ? { parentSpanId: spanIdOf(parent) } : {}),
      ...describeEntry(timeline, entry, options.includeContent ?? false),
      startTimeUnixNano: unixNanos(entry.start),
      // A process cut off before its exit was recorded lasts until the last thing it recorded.
      endTimeUnixNano: unixNanos(entry.end ?? (entry.kind === 'process' ? (timeline.stats.end ?? entry.start) : entry.start)),
      events: [],
      ...(entry.error ? { status: { code: STATUS_ERROR, message: entry.error } } : {}),
    });
  }
  for (const entry of timeline.entries) {
    if (entry.kind !== 'clock' && entry.kind !== 'random') continue;
    const parent = spanParent(timeline, entry);
    const event = timeline.events[entry.event];
    if (!parent || !event) continue;
    spans.get(parent.index)?.events.push({ timeUnixNano: unixNanos(entry.start), name: `agentvet.${entry.kind}`, attributes: readAttributes(event) });
  }

  return {
    resourceSpans: [
      {
        resource: {
          attributes: attributes({
            'service.name': options.serviceName ?? serviceNameOf(header.command),
            'process.command_args': header.command,
            'process.runtime.name': 'nodejs',
            'process.runtime.version': header.node.replace(/^v/, ''),
            'telemetry.sdk.name': 'agentvet',
            'telemetry.sdk.language': 'nodejs',
            'agentvet.recording.created_at': header.createdAt,
          }),
        },
        scopeSpans: [{ scope: { name: 'agentvet', version: options.toolVersion ?? '0.0.0' }, spans: [...spans.values()] }],
      },
    ],
  };
}

/** The nearest ancestor that is a span (reads are not). */
function spanParent(timeline: Timeline, entry: TimelineEntry): TimelineEntry | undefined {
  let parent = entry.parent === null ? undefined : timeline.entries[entry.parent];
  while (parent && (parent.kind === 'clock' || parent.kind === 'random')) parent = parent.parent === null ? undefined : timeline.entries[parent.parent];
  return parent;
}

type SpanDescription = Pick<OtlpSpan, 'name' | 'kind' | 'attributes'>;

function describeEntry(timeline: Timeline, entry: TimelineEntry, includeContent: boolean): SpanDescription {
  const event = timeline.events[entry.event] as RecordingEvent;
  const code = attributes({
    'code.file.path': event.site?.file,
    'code.line.number': event.site?.line,
    'code.column.number': event.site?.col,
    'agentvet.event.id': event.id,
  });
  switch (event.type) {
    case 'process.start': {
      const exit = entry.close === null ? undefined : timeline.events[entry.close];
      return {
        name: `process ${serviceNameOf(event.argv)}`,
        kind: SPAN_KIND_INTERNAL,
        attributes: [
          ...attributes({ 'process.pid': event.pid, 'process.parent_pid': event.ppid, 'process.command_args': event.argv, 'process.exit.code': exit?.type === 'process.exit' ? exit.code : null }),
          ...code,
        ],
      };
    }
    case 'process.spawn':
      return { name: `spawn ${event.file}`, kind: SPAN_KIND_INTERNAL, attributes: [...attributes({ 'process.command_args': [event.file, ...event.args] }), ...code] };
    case 'tool.start':
    case 'tool.end':
      return toolSpan(timeline, entry, includeContent, code);
    default:
      return exchangeSpan(timeline, entry, includeContent, code);
  }
}

function toolSpan(timeline: Timeline, entry: TimelineEntry, includeContent: boolean, code: KeyValue[]): SpanDescription {
  const start = timeline.events[entry.event];
  const end = entry.close === null ? undefined : timeline.events[entry.close];
  const name = start?.type === 'tool.start' || start?.type === 'tool.end' ? start.name : 'tool';
  return {
    name: `execute_tool ${name}`,
    kind: SPAN_KIND_INTERNAL,
    attributes: [
      ...attributes({
        'gen_ai.operation.name': 'execute_tool',
        'gen_ai.tool.name': name,
        'gen_ai.tool.type': 'function',
        'gen_ai.tool.call.id': start?.type === 'tool.start' ? start.call : null,
        'gen_ai.tool.call.arguments': includeContent && start?.type === 'tool.start' ? start.arguments : null,
        'gen_ai.tool.call.result': includeContent && end?.type === 'tool.end' ? end.result : null,
      }),
      ...code,
    ],
  };
}

function exchangeSpan(timeline: Timeline, entry: TimelineEntry, includeContent: boolean, code: KeyValue[]): SpanDescription {
  const { request, response, chunks, end, llm } = exchangeEvents(timeline, entry);
  const url = safeUrl(request?.url);
  const http = attributes({
    'http.request.method': request?.method,
    'url.full': request?.url,
    'server.address': url?.hostname,
    'server.port': url ? Number(url.port || (url.protocol === 'https:' ? 443 : 80)) : null,
    'http.response.status_code': response?.status,
    'error.type': entry.error ? (response && response.status >= 400 ? String(response.status) : (end?.error ?? entry.error)) : null,
  });
  if (!llm || !request) return { name: request?.method ?? 'HTTP', kind: SPAN_KIND_CLIENT, attributes: [...http, ...code] };

  const body = request.body && 'text' in request.body ? parseJson(request.body.text) : undefined;
  const parameters = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const requestModel = typeof parameters.model === 'string' ? parameters.model : llm.model;
  const firstChunk = chunks[0];
  const genAi = attributes({
    'gen_ai.operation.name': 'chat',
    'gen_ai.provider.name': llm.provider,
    'gen_ai.system': llm.provider,
    'gen_ai.request.model': requestModel,
    'gen_ai.response.model': llm.model,
    'gen_ai.request.max_tokens': numberOf(parameters.max_tokens ?? parameters.max_completion_tokens ?? parameters.max_output_tokens),
    'gen_ai.request.temperature': numberOf(parameters.temperature),
    'gen_ai.request.top_p': numberOf(parameters.top_p),
    'gen_ai.response.finish_reasons': llm.finishReason ? [llm.finishReason] : null,
    'gen_ai.usage.input_tokens': llm.usage?.inputTokens,
    'gen_ai.usage.output_tokens': llm.usage?.outputTokens,
    'gen_ai.response.time_to_first_chunk': firstChunk ? (timeline.timeOf(firstChunk) - timeline.timeOf(request)) / 1000 : null,
    'gen_ai.input.messages': includeContent ? JSON.stringify(parameters.messages ?? parameters.input ?? []) : null,
    'gen_ai.output.messages': includeContent ? JSON.stringify([outputMessage(llm)]) : null,
  });
  return { name: `chat ${requestModel ?? ''}`.trim(), kind: SPAN_KIND_CLIENT, attributes: [...genAi, ...http, ...code] };
}

function outputMessage(llm: Extract<RecordingEvent, { type: 'llm' }>) {
  const parts = [
    ...(llm.output.text ? [{ type: 'text', content: llm.output.text }] : []),
    ...llm.output.toolCalls.map((call) => ({ type: 'tool_call', id: call.id, name: call.name, arguments: parseJson(call.arguments) ?? call.arguments })),
  ];
  return { role: 'assistant', parts, finish_reason: llm.finishReason };
}

function readAttributes(event: RecordingEvent): KeyValue[] {
  if (event.type !== 'clock' && event.type !== 'random') return [];
  return attributes({
    'agentvet.source': event.source,
    'agentvet.value': typeof event.value === 'number' ? event.value : event.value,
    'code.file.path': event.site?.file,
    'code.line.number': event.site?.line,
    'agentvet.event.id': event.id,
  });
}

function serviceNameOf(command: readonly string[]): string {
  const script = command.slice(1).find((arg) => !arg.startsWith('-')) ?? command[0] ?? 'agent';
  return script.slice(script.lastIndexOf('/') + 1);
}

function numberOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function safeUrl(url: string | undefined): URL | null {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}
