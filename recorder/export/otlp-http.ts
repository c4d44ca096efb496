// Sends OTLP/JSON traces to a collector over OTLP/HTTP: POST application/json to the traces path
// (`/v1/traces` is added to a bare base URL, as OTEL_EXPORTER_OTLP_ENDPOINT does), with a deadline.
// A refusal or an unreachable collector is a CollectorError with the reason, for the CLI to print.
import { z } from 'zod';
import type { OtlpTraces } from './otlp.js';

export class CollectorError extends Error {
  override name = 'CollectorError';
}

export interface PostResult {
  url: string;
  status: number;
  /** Spans the collector said it rejected (OTLP partial success), with its message. */
  rejectedSpans: number;
  message: string | null;
}

const partialSuccessSchema = z
  .object({ partialSuccess: z.object({ rejectedSpans: z.coerce.number().optional(), errorMessage: z.string().optional() }).optional() })
  .passthrough();

export function tracesUrl(endpoint: string): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new CollectorError(`--endpoint ${endpoint}: not a URL (expected e.g. http://localhost:4318)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CollectorError(`--endpoint ${endpoint}: expected an http or https URL`);
  if (url.pathname === '' || url.pathname === '/') url.pathname = '/v1/traces';
  return url.toString();
}

export async function postTraces(endpoint: string, traces: OtlpTraces, timeoutMs = 10_000): Promise<PostResult> {
  const url = tracesUrl(endpoint);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(traces),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = (error as Error).name === 'TimeoutError' ? `no answer in ${timeoutMs} ms` : (cause?.code ?? cause?.message ?? (error as Error).message);
    throw new CollectorError(`cannot reach the collector at ${url} (${reason})`);
  }
  const text = await response.text();
  if (!response.ok) throw new CollectorError(`the collector at ${url} answered ${response.status}: ${text.slice(0, 200) || response.statusText}`);
  let parsed: unknown = {};
  try {
    parsed = text ? JSON.parse(text) : {};
  } catch {
    // A 2xx with a body that is not JSON still accepted the spans.
  }
  const partial = partialSuccessSchema.safeParse(parsed);
  const rejected = partial.success ? (partial.data.partialSuccess?.rejectedSpans ?? 0) : 0;
  const message = partial.success ? (partial.data.partialSuccess?.errorMessage ?? null) : null;
  return { url, status: response.status, rejectedSpans: rejected, message: message || null };
}
