// LLM responses that were cut off: the model stopped because it ran out of tokens, not because it was
// done (chat `finish_reason: length`, Anthropic `stop_reason: max_tokens`, a Responses call left
// `incomplete`). A program that parses such an answer as whole acts on half of it.
import { exchangeEvents, type Timeline } from '../timeline.js';
import type { CheckFinding } from './check-finding.js';
import { checkedEvent } from './repeated-requests.js';

const TRUNCATION_REASONS = new Set(['length', 'max_tokens', 'max_output_tokens', 'incomplete', 'model_context_window_exceeded']);

export function truncatedResponseFindings(timeline: Timeline): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const entry of timeline.entries) {
    if (entry.kind !== 'llm') continue;
    const { llm } = exchangeEvents(timeline, entry);
    if (!llm?.finishReason || !TRUNCATION_REASONS.has(llm.finishReason)) continue;
    const field = llm.api === 'messages' ? 'stop_reason' : llm.api === 'responses' ? 'status' : 'finish_reason';
    const tokens = llm.usage?.outputTokens != null ? ` after ${llm.usage.outputTokens} output tokens` : '';
    findings.push({
      check: 'truncated-response',
      confidence: 'high',
      message: `the ${llm.provider} ${llm.api} response (${llm.model ?? 'unknown model'}) was cut off: ${field} "${llm.finishReason}"${tokens} (event ${llm.id}); check for it before using the answer, or raise the token limit`,
      event: checkedEvent(timeline, entry),
      related: [],
    });
  }
  return findings;
}
