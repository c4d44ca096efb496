// Every dynamic check over one recorded run, findings in recording order.
import type { Recording } from '../../reading.js';
import { timelineOf } from '../timeline.js';
import type { CheckFinding } from './check-finding.js';
import { DEFAULT_LONG_CALL_MS, longCallFindings } from './long-calls.js';
import { repeatedRequestFindings } from './repeated-requests.js';
import { truncatedResponseFindings } from './truncated-responses.js';

export interface CheckOptions {
  /** Header and body field names that carry an idempotency key (case-insensitive). */
  idempotencyKeyNames: readonly string[];
  /** A call longer than this (ms) with no deadline is reported. */
  longCallMs?: number;
}

export function checkRecording(recording: Recording, options: CheckOptions): CheckFinding[] {
  const timeline = timelineOf(recording.header, recording.events);
  const findings = [
    ...repeatedRequestFindings(timeline, options.idempotencyKeyNames),
    ...truncatedResponseFindings(timeline),
    ...longCallFindings(timeline, options.longCallMs ?? DEFAULT_LONG_CALL_MS),
  ];
  return findings.sort((a, b) => a.event.line - b.event.line);
}
