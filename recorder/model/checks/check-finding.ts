// What a dynamic check reports about a recorded run: which check, the event that shows the problem
// (and the other events involved), in words that name the events, before any shell turns it into
// the lint Finding shape. Plain data: the recorder knows nothing of formats or the static engine.
import type { Site } from '../../schema.js';

export const CHECK_IDS = ['duplicate-side-effect', 'retry-without-key', 'truncated-response', 'long-call-without-deadline', 'secret-in-recording'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export interface CheckedEvent {
  id: string;
  /** Line of the event in the recording file (the header is line 1). */
  line: number;
  site: Site | null;
}

export interface CheckFinding {
  check: CheckId;
  /** How sure the wire alone makes us: a repeated request is proof, a missing deadline an inference. */
  confidence: 'high' | 'medium';
  message: string;
  event: CheckedEvent;
  /** The other events involved (the first of two duplicates, the failed attempt before a retry). */
  related: Array<CheckedEvent & { message: string }>;
}

export interface CheckDescription {
  id: CheckId;
  description: string;
}

export const CHECK_DESCRIPTIONS: readonly CheckDescription[] = [
  { id: 'duplicate-side-effect', description: 'the same side-effecting request (method, URL, body) was sent twice with no idempotency key' },
  { id: 'retry-without-key', description: 'a side-effecting request was repeated after a failure or timeout without a key stable across attempts' },
  { id: 'truncated-response', description: 'an LLM response was cut off (finish_reason length, stop_reason max_tokens, Responses incomplete)' },
  { id: 'long-call-without-deadline', description: 'a call ran longer than the threshold (30 s by default) with no deadline seen on the wire' },
  { id: 'secret-in-recording', description: 'something secret-looking is in the recording unmasked (`check --secrets`; the value is never shown)' },
];
