// Details of the entries that are not HTTP: tool executions (arguments and result), clock and random
// reads (value and the frame that asked), processes (command, exit) and the wire parts of an exchange.
import type { Timeline, TimelineEntry } from '../../recorder/model/timeline.js';
import type { RecordingEvent } from '../../recorder/schema.js';
import { commandLine } from '../entry-summary.js';
import { formatBytes, formatDuration } from '../format-duration.js';
import { bodyLines, prettyText } from './body-text.js';
import { block, failure, fields, label, title, type DetailLine } from './detail-line.js';

export function toolLines(timeline: Timeline, entry: TimelineEntry): DetailLine[] {
  const start = timeline.events[entry.event];
  const end = entry.close === null ? undefined : timeline.events[entry.close];
  if (start?.type !== 'tool.start') return [];
  const lines = [title(`Tool  ${start.name}`), ...fields([['call id', start.call], ['asked by', `LLM call ${start.llm}`]])];
  lines.push(label('arguments'), ...block(prettyText(start.arguments || '(none)'), 4));
  if (end?.type === 'tool.end') lines.push(label('result (sent back to the model)'), ...block(prettyText(end.result || '(empty)'), 4));
  else lines.push(failure('no result was sent back to the model'));
  return lines;
}

export function readLines(event: RecordingEvent): DetailLine[] {
  if (event.type === 'clock') {
    const shown = event.source === 'performance.now' ? `${event.value} ms` : `${new Date(event.value).toISOString()} (${event.value})`;
    return [title(`Clock read  ${event.source}`), ...fields([['value', shown], ['replay key', `${event.key} #${event.occurrence}`]])];
  }
  if (event.type === 'random') {
    return [title(`Random read  ${event.source}`), ...fields([['value', String(event.value)], ['replay key', `${event.key} #${event.occurrence}`]])];
  }
  return [];
}

export function processLines(timeline: Timeline, entry: TimelineEntry): DetailLine[] {
  const event = timeline.events[entry.event];
  const exit = entry.close === null ? undefined : timeline.events[entry.close];
  if (event?.type === 'process.spawn') {
    return [title(`Spawn  ${commandLine([event.file, ...event.args], timeline.header.cwd)}`), ...fields([['child process', event.child]])];
  }
  if (event?.type !== 'process.start') return event?.type === 'process.exit' ? [title(`Exit  ${event.code ?? 'by signal'}`)] : [];
  return [
    title(`Process ${event.proc}  ${commandLine(event.argv, event.cwd)}`),
    ...fields([
      ['pid', `${event.pid} (parent ${event.ppid})`],
      ['cwd', event.cwd],
      ['node', event.node],
      ['exit', exit?.type === 'process.exit' ? String(exit.code ?? 'by signal') : '(not recorded)'],
    ]),
  ];
}

export function partLines(event: RecordingEvent): DetailLine[] {
  switch (event.type) {
    case 'http.response':
      return [title(`Response head  ${event.status} ${event.statusText}`), ...fields([['stream', event.stream ? 'yes' : 'no']])];
    case 'http.chunk': {
      const text = 'text' in event.data ? event.data.text : `(${formatBytes(Buffer.from(event.data.base64, 'base64').length)} of binary data)`;
      return [title(`Chunk #${event.seq}  at +${formatDuration(event.offset)}`), label('raw data'), ...block(text, 4)];
    }
    case 'http.end':
      return [
        title(`End of body  ${formatBytes(event.bytes)} in ${formatDuration(event.duration)}`),
        ...fields([['chunks', event.chunks], ['error', event.error]]),
        ...(event.body ? [label('body'), ...block(bodyLines(event.body).join('\n'), 4)] : []),
      ];
    default:
      return [];
  }
}
