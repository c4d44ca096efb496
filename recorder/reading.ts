// Reads a recording file into its header and validated events. A torn last line (the writer was killed
// mid-write) is tolerated with a warning; any other malformed line is a RecordingFormatError that
// names the file and line, for the CLI to print without a stack trace.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  HeaderLineSchema,
  RecordingEventSchema,
  type RecordingEvent,
  type RecordingHeader,
} from './schema.js';

export class RecordingFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'RecordingFormatError';
  }
}

export interface Recording {
  file: string;
  header: RecordingHeader;
  events: RecordingEvent[];
  /** Problems that did not stop the read (a torn last line). */
  warnings: string[];
}

export function readRecording(file: string): Recording {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RecordingFormatError(file, 0, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(error)})`);
  }
  return parseRecording(text, file);
}

/** Parses the text of a recording; `file` only names it in messages. */
export function parseRecording(text: string, file: string): Recording {
  const endsWithNewline = text.endsWith('\n');
  const lines = text.split('\n');
  if (endsWithNewline) lines.pop();
  if (lines.length === 0 || (lines.length === 1 && lines[0] === '')) {
    throw new RecordingFormatError(file, 1, 'empty file: not an agentvet recording');
  }

  const warnings: string[] = [];
  const lastIndex = lines.length - 1;
  const isTornCandidate = (index: number) => index === lastIndex && !endsWithNewline;

  const header = parseLine(lines[0] ?? '', HeaderLineSchema, 'header');
  if (header === TORN || !header.ok) {
    const reason = header === TORN ? 'the header line is incomplete' : header.reason;
    throw new RecordingFormatError(file, 1, `${reason} (is this an agentvet recording?)`);
  }

  const events: RecordingEvent[] = [];
  for (let index = 1; index < lines.length; index++) {
    const parsed = parseLine(lines[index] ?? '', RecordingEventSchema, 'event');
    if (parsed !== TORN && parsed.ok) {
      events.push(parsed.value);
      continue;
    }
    if (isTornCandidate(index)) {
      warnings.push(`${file}:${index + 1}: the last line is incomplete (the run was cut off); it was ignored`);
      break;
    }
    throw new RecordingFormatError(file, index + 1, parsed === TORN ? 'the line is not valid JSON' : parsed.reason);
  }
  return { file, header: header.value, events, warnings };
}

const TORN = Symbol('torn');
type LineResult<T> = typeof TORN | { ok: true; value: T } | { ok: false; reason: string };

function parseLine<T>(line: string, schema: z.ZodType<T>, what: string): LineResult<T> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return TORN;
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, reason: `invalid ${what}: ${describeIssue(result.error, json)}` };
}

function describeIssue(error: z.ZodError, json: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'does not match the schema';
  const path = issue.path.length > 0 ? issue.path.join('.') : '(line)';
  const type = typeof json === 'object' && json !== null && 'type' in json ? ` in a "${String(json.type)}" event` : '';
  return `${path}: ${issue.message}${type}`;
}
