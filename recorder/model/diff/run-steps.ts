// A recording as the steps two runs are compared by: one per process, HTTP exchange (with its LLM
// call), tool execution, clock or random read, in the order each process took them. Each step has a
// signature that aligns it with the other run and the content that must match, already stripped of
// timing, ids and the values of clock and random reads (they differ between any two runs).
import type { Recording } from '../../reading.js';
import type { Site } from '../../schema.js';
import { assembleStream } from '../stream-assembly.js';
import { exchangeEvents, timelineOf, type EntryKind, type Timeline, type TimelineEntry } from '../timeline.js';
import { maskVolatileBody, maskVolatileText } from './volatile-values.js';

export interface RunStep {
  /** Logical process path ("1", "1.2"): steps are compared process by process. */
  proc: string;
  kind: EntryKind;
  /** Kind and identity (method and URL, tool name, call site): equal signatures are the same step. */
  signature: string;
  /** One line for people. */
  label: string;
  /** What must be equal, field by field, as normalised text. */
  content: Record<string, string>;
  eventId: string;
  /** Line of the step's first event in the recording file (the header is line 1). */
  line: number;
  site: Site | null;
}

export function runSteps(recording: Recording): RunStep[] {
  const timeline = timelineOf(recording.header, recording.events);
  const steps: RunStep[] = [];
  for (const entry of timeline.entries) {
    steps.push(stepOf(timeline, entry));
    // A tool's result comes back later than its call, after the work it did: its own step, there.
    const result = toolResultStep(timeline, entry);
    if (result) steps.push(result);
  }
  return steps.sort((a, b) => a.line - b.line);
}

function toolResultStep(timeline: Timeline, entry: TimelineEntry): RunStep | null {
  const end = entry.close === null ? undefined : timeline.events[entry.close];
  if (entry.kind !== 'tool' || end?.type !== 'tool.end' || entry.close === entry.event) return null;
  return {
    proc: end.proc,
    kind: 'tool',
    signature: `tool result ${end.name}`,
    label: `tool result ${end.name}`,
    content: { result: maskVolatileBody(end.result) },
    eventId: end.id,
    line: (entry.close as number) + 2,
    site: end.site ?? null,
  };
}

function stepOf(timeline: Timeline, entry: TimelineEntry): RunStep {
  const event = timeline.events[entry.event];
  if (!event) throw new Error(`timeline entry ${entry.index} has no event`);
  const cwd = timeline.header.cwd;
  const base = { proc: event.proc, kind: entry.kind, eventId: event.id, line: entry.event + 2, site: event.site ?? null };
  const relative = (text: string) => text.split(`${cwd}/`).join('');

  switch (event.type) {
    case 'process.start': {
      const exit = entry.close === null ? undefined : timeline.events[entry.close];
      const argv = event.argv.map((arg, index) => (index === 0 ? arg.slice(arg.lastIndexOf('/') + 1) : relative(arg)));
      return {
        ...base,
        signature: 'process',
        label: `process ${argv.join(' ')}`,
        content: { command: argv.join(' '), exit: exit?.type === 'process.exit' ? String(exit.code) : '(no exit recorded)' },
      };
    }
    case 'process.spawn':
      return { ...base, signature: `spawn ${event.file}`, label: `spawn ${event.file}`, content: { command: [event.file, ...event.args].map(relative).join(' ') } };
    case 'process.exit':
      return { ...base, signature: 'exit', label: `exit ${event.code}`, content: { exit: String(event.code) } };
    case 'tool.start':
      return { ...base, signature: `tool ${event.name}`, label: `tool ${event.name}`, content: { arguments: maskVolatileBody(event.arguments) } };
    case 'tool.end':
      return { ...base, signature: `tool result ${event.name}`, label: `tool result ${event.name}`, content: { result: maskVolatileBody(event.result) } };
    case 'clock':
    case 'random': {
      const key = relative(event.key);
      return { ...base, signature: `${event.type} ${event.source} ${key}`, label: `${event.type} ${event.source} at ${key}`, content: { source: event.source } };
    }
    default:
      return exchangeStep(timeline, entry, base);
  }
}

function exchangeStep(timeline: Timeline, entry: TimelineEntry, base: Omit<RunStep, 'signature' | 'label' | 'content'>): RunStep {
  const { request, response, chunks, end, llm } = exchangeEvents(timeline, entry);
  const method = request?.method ?? '?';
  const url = maskVolatileText(request?.url ?? '?');
  const content: Record<string, string> = {
    'request body': request?.body && 'text' in request.body ? maskVolatileBody(request.body.text) : request?.body ? `(binary)` : '',
    status: response ? String(response.status) : '(no response)',
  };
  if (response?.stream) {
    const stream = assembleStream(chunks);
    content['response body'] = stream.events.length > 0 ? stream.events.map((item) => maskVolatileBody(item.data)).join('\n') : maskVolatileBody(stream.text);
  } else if (end?.body) {
    content['response body'] = 'text' in end.body ? maskVolatileBody(end.body.text) : '(binary)';
  }
  if (end?.error) content.error = end.error;
  if (llm) {
    content.model = llm.model ?? '';
    content['finish reason'] = llm.finishReason ?? '';
    content['output text'] = maskVolatileText(llm.output.text);
    content['tool calls'] = llm.output.toolCalls.map((call) => `${call.name}(${maskVolatileBody(call.arguments)})`).join(', ');
    content.usage = llm.usage ? `${llm.usage.inputTokens} in, ${llm.usage.outputTokens} out` : '';
  }
  const label = llm ? `llm ${llm.provider} ${llm.model ?? ''} (${method} ${url})` : `http ${method} ${url}`;
  return { ...base, signature: `http ${method} ${url}`, label, content };
}
