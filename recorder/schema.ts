// The recording format, defined once: the header line and every event kind, as zod schemas.
// Every reader and writer of recordings (recorder, replay, view, diff, check, export, editor) goes
// through these types; docs/recording-format.md describes the same shapes for people.
import { z } from 'zod';

export const RECORDING_FORMAT = 'agentvet-recording';
export const RECORDING_VERSION = 1;

/** A position in user code (absolute path or URL as the runtime reports it, 1-based line and column). */
export const SiteSchema = z.object({
  file: z.string(),
  line: z.number().int(),
  col: z.number().int(),
});
export type Site = z.infer<typeof SiteSchema>;

/** A body or chunk: UTF-8 text when it decodes cleanly, base64 otherwise. */
export const BodySchema = z.union([
  z.object({ text: z.string() }).strict(),
  z.object({ base64: z.string() }).strict(),
]);
export type Body = z.infer<typeof BodySchema>;

export const HeadersSchema = z.record(z.string(), z.string());

export const HeaderLineSchema = z.object({
  format: z.literal(RECORDING_FORMAT),
  version: z.literal(RECORDING_VERSION),
  createdAt: z.string(),
  command: z.array(z.string()),
  cwd: z.string(),
  node: z.string(),
  /**
   * Extra redaction patterns in force while recording: how many, and a hash so replay can warn on a
   * mismatch; and the environment variables named with `--redact-env` (names only), which replay masks too.
   */
  redaction: z.object({
    extraPatterns: z.number().int().nonnegative(),
    fingerprint: z.string().nullable(),
    env: z.array(z.string()).optional(),
  }),
  /** Set on a run written by `agentvet replay -o`: the recording it replayed and what replay was asked to change. */
  source: z
    .object({
      recording: z.string(),
      faults: z.array(z.string()),
      live: z.array(z.string()),
      liveAfter: z.string().nullable(),
      liveAfterDivergence: z.boolean(),
    })
    .optional(),
});
export type RecordingHeader = z.infer<typeof HeaderLineSchema>;

/** Fields every event carries. `id` is `<proc>:<seq>`; `proc` is the logical process path ("1", "1.2"). */
const eventBase = {
  id: z.string(),
  parent: z.string().nullable(),
  lamport: z.number().int().nonnegative(),
  /** Wall-clock time (ms since the epoch) and monotonic time (ms, performance.now) of the real run. */
  wall: z.number(),
  mono: z.number(),
  pid: z.number().int(),
  proc: z.string(),
  /** The first user-code frame that caused the event, when there was one. */
  site: SiteSchema.nullable().optional(),
};

export const ProcessStartSchema = z.object({
  ...eventBase,
  type: z.literal('process.start'),
  argv: z.array(z.string()),
  cwd: z.string(),
  node: z.string(),
  ppid: z.number().int(),
});

export const ProcessSpawnSchema = z.object({
  ...eventBase,
  type: z.literal('process.spawn'),
  /** Logical process path the child will carry. */
  child: z.string(),
  file: z.string(),
  args: z.array(z.string()),
});

export const ProcessExitSchema = z.object({
  ...eventBase,
  type: z.literal('process.exit'),
  code: z.number().int().nullable(),
});

export const HttpRequestSchema = z.object({
  ...eventBase,
  type: z.literal('http.request'),
  method: z.string(),
  url: z.string(),
  headers: HeadersSchema,
  body: BodySchema.nullable(),
  /** Fingerprint of the canonical request (method, URL, normalised body): the replay matching key. */
  key: z.string(),
  /** How many earlier requests of this process had the same key. */
  occurrence: z.number().int().nonnegative(),
  /** Ordinal of the fetch / http.request call that made it, in this process: breaks ties on replay. */
  call: z.number().int().nonnegative().optional(),
  /** In a run written by `replay -o`: the request event of the source recording that answered it. */
  from: z.string().optional(),
  /** In a run written by `replay -o`: the fault served instead of the recorded response, as written. */
  fault: z.string().optional(),
  /** In a run written by `replay -o`: on the first request that went live, why the run left the source. */
  leftRecording: z.string().optional(),
});

export const HttpResponseSchema = z.object({
  ...eventBase,
  type: z.literal('http.response'),
  request: z.string(),
  status: z.number().int(),
  statusText: z.string(),
  headers: HeadersSchema,
  /**
   * True when the body follows as `http.chunk` events: a `text/event-stream`, or any body sent in
   * pieces without a content-length (chunked NDJSON, plain text). Replay serves the same pieces.
   */
  stream: z.boolean(),
  /** The content-encoding the body arrived in; bodies are stored decoded. */
  decodedFrom: z.string().optional(),
});

export const HttpChunkSchema = z.object({
  ...eventBase,
  type: z.literal('http.chunk'),
  request: z.string(),
  seq: z.number().int().nonnegative(),
  /** Milliseconds since the response head arrived. */
  offset: z.number(),
  data: BodySchema,
});

export const HttpEndSchema = z.object({
  ...eventBase,
  type: z.literal('http.end'),
  request: z.string(),
  /** The whole body of a non-streamed response; null for streams (see the chunks) and empty bodies. */
  body: BodySchema.nullable(),
  chunks: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  /** Milliseconds from the request to the end of the body. */
  duration: z.number(),
  /** Set when the body stream failed part way, or no response came (then `endedBy` says who ended it). */
  error: z.string().optional(),
  /**
   * For an exchange that got no response: `program` when the program's client gave up on it (its own
   * deadline or abort; replay keeps the connection silent until the program's signal fires again),
   * `connection` when the connection failed (a reset, a refusal; replay fails it the same way).
   */
  endedBy: z.enum(['program', 'connection']).optional(),
});

export const ToolCallSchema = z.object({ id: z.string(), name: z.string(), arguments: z.string() });
export type ToolCall = z.infer<typeof ToolCallSchema>;

export const UsageSchema = z.object({
  inputTokens: z.number().nullable(),
  outputTokens: z.number().nullable(),
  totalTokens: z.number().nullable(),
});
export type Usage = z.infer<typeof UsageSchema>;

export const LlmProviderSchema = z.enum(['openai', 'anthropic']);
export const LlmApiSchema = z.enum(['chat.completions', 'responses', 'messages']);

export const LlmCallSchema = z.object({
  ...eventBase,
  type: z.literal('llm'),
  /** The `http.request` event this call was recognised from. */
  request: z.string(),
  provider: LlmProviderSchema,
  api: LlmApiSchema,
  model: z.string().nullable(),
  stream: z.boolean(),
  input: z.object({ messages: z.number().int(), tools: z.array(z.string()) }),
  output: z.object({ text: z.string(), toolCalls: z.array(ToolCallSchema) }),
  /** finish_reason (chat), status or incomplete reason (responses), stop_reason (messages). */
  finishReason: z.string().nullable(),
  usage: UsageSchema.nullable(),
});

export const ToolStartSchema = z.object({
  ...eventBase,
  type: z.literal('tool.start'),
  call: z.string(),
  name: z.string(),
  arguments: z.string(),
  /** The `llm` event whose response asked for this tool. */
  llm: z.string(),
});

export const ToolEndSchema = z.object({
  ...eventBase,
  type: z.literal('tool.end'),
  call: z.string(),
  name: z.string(),
  /** The matching `tool.start` event. */
  start: z.string(),
  result: z.string(),
});

export const ClockSourceSchema = z.enum(['Date.now', 'new Date', 'Date()', 'performance.now']);
export type ClockSource = z.infer<typeof ClockSourceSchema>;

export const ClockReadSchema = z.object({
  ...eventBase,
  type: z.literal('clock'),
  source: ClockSourceSchema,
  value: z.number(),
  /** The user-code frame that asked (`file:line:col`), the replay key together with `occurrence`. */
  key: z.string(),
  occurrence: z.number().int().nonnegative(),
});

export const RandomSourceSchema = z.enum([
  'Math.random',
  'crypto.randomUUID',
  'crypto.getRandomValues',
  'crypto.randomBytes',
]);
export type RandomSource = z.infer<typeof RandomSourceSchema>;

export const RandomReadSchema = z.object({
  ...eventBase,
  type: z.literal('random'),
  source: RandomSourceSchema,
  /** A number (Math.random), a string (randomUUID) or base64 bytes (getRandomValues, randomBytes). */
  value: z.union([z.number(), z.string()]),
  key: z.string(),
  occurrence: z.number().int().nonnegative(),
});

export const RecordingEventSchema = z.discriminatedUnion('type', [
  ProcessStartSchema,
  ProcessSpawnSchema,
  ProcessExitSchema,
  HttpRequestSchema,
  HttpResponseSchema,
  HttpChunkSchema,
  HttpEndSchema,
  LlmCallSchema,
  ToolStartSchema,
  ToolEndSchema,
  ClockReadSchema,
  RandomReadSchema,
]);

export type RecordingEvent = z.infer<typeof RecordingEventSchema>;
export type EventType = RecordingEvent['type'];
export type EventOf<T extends EventType> = Extract<RecordingEvent, { type: T }>;
export type HttpRequestEvent = EventOf<'http.request'>;
export type HttpResponseEvent = EventOf<'http.response'>;
export type HttpChunkEvent = EventOf<'http.chunk'>;
export type HttpEndEvent = EventOf<'http.end'>;
export type LlmCallEvent = EventOf<'llm'>;
export type ClockReadEvent = EventOf<'clock'>;
export type RandomReadEvent = EventOf<'random'>;

/** The coarse kind a UI filters by: process, http, llm, tool, clock or random. */
export type EventKind = 'process' | 'http' | 'llm' | 'tool' | 'clock' | 'random';

export function eventKind(event: RecordingEvent): EventKind {
  const dot = event.type.indexOf('.');
  return (dot === -1 ? event.type : event.type.slice(0, dot)) as EventKind;
}

/** The fields an emitter supplies; the session fills in the common ones. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type EventDraft = DistributiveOmit<RecordingEvent, 'id' | 'lamport' | 'wall' | 'mono' | 'pid' | 'proc' | 'parent'> & {
  parent?: string | null;
};
