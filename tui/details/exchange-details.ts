// Details of an HTTP exchange: the LLM call recognised from it (model, finish reason, tokens, tool
// calls with their arguments, the assembled text), then the request and the response with redacted
// headers, pretty JSON bodies, and a streamed body assembled from its chunks.
import { Redactor } from '../../recorder/redaction.js';
import type { ExchangeEvents } from '../../recorder/model/timeline.js';
import { assembleStream } from '../../recorder/model/stream-assembly.js';
import type { LlmCallEvent } from '../../recorder/schema.js';
import { formatBytes, formatDuration } from '../format-duration.js';
import { bodyLines, prettyText } from './body-text.js';
import { block, dim, failure, fields, label, plain, title, type DetailLine } from './detail-line.js';

// Recordings are redacted when written; the view redacts again so an old or hand-edited file
// cannot put a credential on screen.
const redactor = new Redactor();

export function llmLines(llm: LlmCallEvent): DetailLine[] {
  const usage = llm.usage;
  const tokens = usage ? `${usage.inputTokens ?? '?'} in · ${usage.outputTokens ?? '?'} out · ${usage.totalTokens ?? '?'} total` : null;
  const lines: DetailLine[] = [
    title(`LLM call  ${llm.provider} ${llm.api}${llm.stream ? ' (streamed)' : ''}`),
    ...fields([
      ['model', llm.model],
      ['finish reason', llm.finishReason ?? '(none)'],
      ['tokens', tokens],
      ['input', `${llm.input.messages} message(s)${llm.input.tools.length ? `, tools offered: ${llm.input.tools.join(', ')}` : ''}`],
    ]),
  ];
  if (llm.output.toolCalls.length > 0) {
    lines.push(label('tool calls'));
    for (const call of llm.output.toolCalls) {
      lines.push(plain(`${call.name}${call.id ? ` (${call.id})` : ''}`, 4));
      lines.push(...block(prettyText(call.arguments || '(no arguments)'), 6));
    }
  }
  if (llm.output.text) {
    lines.push(label(llm.stream ? 'text (assembled from the stream)' : 'text'));
    lines.push(...block(llm.output.text, 4));
  }
  return lines;
}

export function exchangeLines(exchange: ExchangeEvents): DetailLine[] {
  const { request, response, end, chunks } = exchange;
  const lines: DetailLine[] = [];
  if (request) {
    lines.push(title(`Request  ${request.method} ${redactor.text(request.url)}`));
    lines.push(...headerLines(request.headers));
    lines.push(label('body'), ...block(bodyLines(request.body).join('\n'), 4));
  }
  if (!response) {
    lines.push(failure(end?.error ? `no response: ${end.error}` : 'no response recorded', 0));
    return lines;
  }
  const timing = end ? ` · ${formatDuration(end.duration)} · ${formatBytes(end.bytes)}` : '';
  lines.push(title(`Response  ${response.status} ${response.statusText}${timing}${response.decodedFrom ? ` · was ${response.decodedFrom}` : ''}`));
  lines.push(...headerLines(response.headers));
  if (end?.error) lines.push(failure(`body failed part way: ${end.error}`));
  if (response.stream) {
    const stream = assembleStream(chunks);
    const when = stream.firstChunkMs === null ? '' : `, first at +${formatDuration(stream.firstChunkMs)}, last at +${formatDuration(stream.lastChunkMs)}`;
    lines.push(label(`stream: ${stream.chunks} chunk(s)${when}, assembled`));
    if (stream.events.length > 0) {
      for (const event of stream.events) lines.push(plain(`${event.event ? `${event.event}: ` : ''}${event.data}`, 4));
    } else {
      lines.push(...block(stream.text || '(empty)', 4));
    }
  } else {
    lines.push(label('body'), ...block(bodyLines(end?.body ?? null).join('\n'), 4));
  }
  return lines;
}

function headerLines(headers: Record<string, string>): DetailLine[] {
  const names = Object.keys(headers);
  if (names.length === 0) return [dim('headers: none')];
  return [label('headers'), ...fields(Object.entries(redactor.headers(headers)).sort(([a], [b]) => a.localeCompare(b)), 4)];
}
