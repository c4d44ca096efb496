// Calls that ran long with no deadline in force. The wire cannot show an AbortSignal, so a deadline
// counts as seen only when the request declares one (the OpenAI/Anthropic SDKs' x-stainless-timeout
// when set to other than their 10-minute default, request-timeout style headers); hence medium confidence.
import { formatDurationForMessage } from './message-text.js';
import { exchangeEvents, type Timeline } from '../timeline.js';
import type { CheckFinding } from './check-finding.js';
import { checkedEvent } from './repeated-requests.js';

export const DEFAULT_LONG_CALL_MS = 30_000;

/** The SDKs send their default timeout (600 s) on every request: that is no deadline anyone chose. */
const SDK_DEFAULT_TIMEOUT_SECONDS = '600';
const DEADLINE_HEADERS = ['request-timeout', 'x-request-timeout', 'x-timeout', 'grpc-timeout', 'x-envoy-upstream-rq-timeout-ms'];

export function longCallFindings(timeline: Timeline, longCallMs = DEFAULT_LONG_CALL_MS): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const entry of timeline.entries) {
    if (entry.kind !== 'http' && entry.kind !== 'llm') continue;
    const { request, end, llm } = exchangeEvents(timeline, entry);
    if (!request) continue;
    const took = end?.duration ?? (entry.end === null ? null : entry.end - entry.start);
    if (took === null || took <= longCallMs || declaresDeadline(request.headers)) continue;
    const what = llm ? `the ${llm.provider} call (${llm.model ?? 'unknown model'})` : `${request.method} ${request.url}`;
    findings.push({
      check: 'long-call-without-deadline',
      confidence: 'medium',
      message: `${what} took ${formatDurationForMessage(took)}, over the ${formatDurationForMessage(longCallMs)} limit, and the request declared no deadline (event ${request.id}); pass a signal (AbortSignal.timeout) or a timeout so a stalled call cannot hold the run`,
      event: checkedEvent(timeline, entry),
      related: [],
    });
  }
  return findings;
}

function declaresDeadline(headers: Record<string, string>): boolean {
  const lower = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  const sdkTimeout = lower.get('x-stainless-timeout');
  if (sdkTimeout !== undefined && sdkTimeout !== SDK_DEFAULT_TIMEOUT_SECONDS) return true;
  return DEADLINE_HEADERS.some((name) => lower.has(name));
}
