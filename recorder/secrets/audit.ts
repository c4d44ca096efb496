// Looks through a recording for anything secret-looking that is not masked: the same shapes, field
// and header names the recorder masks by, plus (at the end of `agentvet record`, which knows them)
// values the run held as secrets. Says which event and which field, and what kind of secret — never
// the value. Streamed chunks are read as one text per response, so a secret split across two is seen.
import type { Recording } from '../reading.js';
import type { RecordingEvent } from '../schema.js';
import { isMasked, type Span } from './mask.js';
import { valueForms } from './secret-values.js';
import { AUTH_SCHEME, findShapedSecrets, isCredentialHeader } from './shapes.js';
import { ValueIndex } from './value-index.js';

export interface KnownSecret {
  value: string;
  /** How the run knew it, said instead of the value: "the value of OPENAI_API_KEY". */
  label: string;
}

export interface SecretFinding {
  /** Line in the recording file (the header is line 1). */
  line: number;
  /** The event's id, or "header" for the header line. */
  eventId: string;
  eventType: string;
  /** Where in the event: "headers.x-auth-token", "body", "url", "argv[2]", "data". */
  field: string;
  /** What it looks like: "a JWT", "a header named like a credential", "the value of DB_PASSWORD". */
  kind: string;
}

interface Place {
  line: number;
  eventId: string;
  eventType: string;
}

export function auditRecording(recording: Recording, known: readonly KnownSecret[] = []): SecretFinding[] {
  const audit = new Audit(known);
  audit.argv({ line: 1, eventId: 'header', eventType: 'header' }, 'command', recording.header.command);
  const streams = new Map<string, Array<{ place: Place; bytes: Buffer }>>();
  recording.events.forEach((event, index) => {
    const place = { line: index + 2, eventId: event.id, eventType: event.type };
    if (event.type === 'http.chunk') {
      const chunks = streams.get(event.request) ?? [];
      chunks[event.seq] = { place, bytes: 'text' in event.data ? Buffer.from(event.data.text, 'utf8') : Buffer.from(event.data.base64, 'base64') };
      streams.set(event.request, chunks);
    } else {
      audit.event(place, event);
    }
  });
  for (const chunks of streams.values()) audit.stream(chunks.filter((chunk) => chunk !== undefined));
  return audit.findings.sort((a, b) => a.line - b.line);
}

class Audit {
  readonly findings: SecretFinding[] = [];
  private readonly seen = new Set<string>();
  /** Each form of each known value, to the label said instead of it. */
  private readonly labels = new Map<string, string>();
  private readonly values: ValueIndex | null;

  constructor(known: readonly KnownSecret[]) {
    for (const secret of known) {
      for (const form of valueForms(secret.value)) if (!this.labels.has(form)) this.labels.set(form, secret.label);
    }
    this.values = this.labels.size === 0 ? null : new ValueIndex(this.labels.keys());
  }

  event(place: Place, event: RecordingEvent): void {
    switch (event.type) {
      case 'process.start':
        this.argv(place, 'argv', event.argv);
        break;
      case 'process.spawn':
        this.argv(place, 'args', event.args);
        break;
      case 'http.request':
        this.text(place, 'url', event.url);
        this.headers(place, event.headers);
        if (event.body) this.body(place, 'body', event.body);
        break;
      case 'http.response':
        this.headers(place, event.headers);
        break;
      case 'http.end':
        if (event.body) this.body(place, 'body', event.body);
        break;
      case 'llm':
        this.text(place, 'output.text', event.output.text);
        event.output.toolCalls.forEach((call, index) => this.text(place, `output.toolCalls[${index}].arguments`, call.arguments));
        break;
      case 'tool.start':
        this.text(place, 'arguments', event.arguments);
        break;
      case 'tool.end':
        this.text(place, 'result', event.result);
        break;
      default:
        break;
    }
  }

  /** The chunks of one response, read as one text (Latin-1: byte offsets tell which chunk a secret starts in). */
  stream(chunks: ReadonlyArray<{ place: Place; bytes: Buffer }>): void {
    if (chunks.length === 0) return;
    const text = Buffer.concat(chunks.map((chunk) => chunk.bytes)).toString('latin1');
    const ends: number[] = [];
    let at = 0;
    for (const chunk of chunks) ends.push((at += chunk.bytes.length));
    this.scan(text, (start, kind) => {
      const index = ends.findIndex((end) => start < end);
      const chunk = chunks[index === -1 ? chunks.length - 1 : index]!;
      this.report(chunk.place, 'data', kind);
    });
  }

  /** An argument list, read joined (as the recorder masks it); a finding names the argument it starts in. */
  argv(place: Place, field: string, args: readonly string[]): void {
    const joined = args.join('\u0000');
    this.scan(joined, (start, kind) => {
      const index = joined.slice(0, start).split('\u0000').length - 1;
      this.report(place, `${field}[${index}]`, kind);
    });
  }

  text(place: Place, field: string, text: string): void {
    this.scan(text, (_start, kind) => this.report(place, field, kind));
  }

  private body(place: Place, field: string, body: { text: string } | { base64: string }): void {
    this.text(place, field, 'text' in body ? body.text : Buffer.from(body.base64, 'base64').toString('latin1'));
  }

  private headers(place: Place, headers: Record<string, string>): void {
    for (const [name, value] of Object.entries(headers)) {
      const field = `headers.${name}`;
      const lower = name.toLowerCase();
      if (isCredentialHeader(lower) && !credentialMasked(lower, value)) this.report(place, field, 'a header named like a credential, not masked');
      else this.text(place, field, value);
    }
  }

  private scan(text: string, found: (start: number, kind: string) => void): void {
    findShapedSecrets(text, (start, _secret, rule) => found(start, rule.kind));
    if (!this.values) return;
    const spans: Span[] = [];
    this.values.find(text, spans);
    for (const span of spans) found(span.start, this.labels.get(text.slice(span.start, span.end)) ?? 'a known secret');
  }

  private report(place: Place, field: string, kind: string): void {
    const key = `${place.line}\0${field}\0${kind}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.findings.push({ ...place, field, kind });
  }
}

/** The credential part of a header value is a mask (or an old recording's placeholder). */
function credentialMasked(name: string, value: string): boolean {
  if (name === 'cookie' || name === 'set-cookie') {
    const pairs = name === 'set-cookie' ? value.split(';').slice(0, 1) : value.split(';');
    return pairs.every((pair) => {
      const cookie = pair.slice(pair.indexOf('=') + 1).trim();
      return cookie.length === 0 || isMasked(cookie);
    });
  }
  const credential = value.slice(AUTH_SCHEME.exec(value)?.[0].length ?? 0).trim();
  return credential.length === 0 || isMasked(credential);
}

/** One line per finding, for people: where, and what kind of secret, never the value. */
export function describeSecretFinding(finding: SecretFinding, file: string): string {
  const event = finding.eventId === 'header' ? 'the header line' : `event ${finding.eventId} (${finding.eventType})`;
  return `${file}:${finding.line}: ${event}, field ${finding.field}: ${finding.kind}`;
}
