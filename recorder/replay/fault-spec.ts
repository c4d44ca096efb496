// The faults replay can serve at a recorded exchange instead of its response, and the syntax of the
// `<what>` half of `--fault <where>=<what>`: `timeout`, `reset`, an HTTP status with optional headers
// and body (`503`, `429;retry-after=2`, `500;body={"error":"down"}`), `cut:<k>` (the stream breaks
// after k chunks), `truncate` (the LLM answer stops at the length limit) and `duplicate` (the tool
// calls of the LLM answer are delivered twice).
import { z } from 'zod';

export const FaultActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('timeout') }),
  z.object({ kind: z.literal('reset') }),
  z.object({
    kind: z.literal('status'),
    status: z.number().int().min(200).max(599),
    headers: z.record(z.string(), z.string()),
    body: z.string().nullable(),
  }),
  z.object({ kind: z.literal('cut'), afterChunks: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('truncate') }),
  z.object({ kind: z.literal('duplicate') }),
]);
export type FaultAction = z.infer<typeof FaultActionSchema>;

/** A fault resolved against the recording: the request event it replaces the response of. */
export const ResolvedFaultSchema = z.object({
  /** The `http.request` event id in the recording. */
  at: z.string(),
  /** The fault as the user wrote it, for reports and the new recording. */
  spec: z.string(),
  action: FaultActionSchema,
});
export type ResolvedFault = z.infer<typeof ResolvedFaultSchema>;

export class FaultSyntaxError extends Error {
  override name = 'FaultSyntaxError';
}

const KINDS = ['timeout', 'reset', 'cut:<k>', 'truncate', 'duplicate', 'an HTTP status (503, 429;retry-after=2)'];

/** Splits `<where>=<what>` at the `=` that starts a fault (a URL pattern may hold `=` itself). */
export function splitFault(text: string): { where: string; what: string } {
  for (let index = text.indexOf('='); index !== -1; index = text.indexOf('=', index + 1)) {
    const what = text.slice(index + 1);
    if (/^(timeout|reset|truncate|duplicate|cut:|\d{3})(;|$|\d)/.test(what)) return { where: text.slice(0, index), what };
  }
  throw new FaultSyntaxError(`--fault ${JSON.stringify(text)}: expected <event or matcher>=<fault>, the fault one of ${KINDS.join(', ')}`);
}

export function parseFaultAction(what: string, flag = what): FaultAction {
  const [head = '', ...options] = what.split(';');
  const simple = { timeout: { kind: 'timeout' }, reset: { kind: 'reset' }, truncate: { kind: 'truncate' }, duplicate: { kind: 'duplicate' } } as const;
  if (head in simple) {
    if (options.length > 0) throw new FaultSyntaxError(`--fault ${flag}: ${head} takes no options`);
    return simple[head as keyof typeof simple];
  }
  const cut = /^cut:(\d+)$/.exec(head);
  if (cut) {
    if (options.length > 0) throw new FaultSyntaxError(`--fault ${flag}: cut takes no options`);
    return { kind: 'cut', afterChunks: Number(cut[1]) };
  }
  if (/^\d{3}$/.test(head)) {
    const status = Number(head);
    if (status < 200 || status > 599) throw new FaultSyntaxError(`--fault ${flag}: status ${status} is not a final HTTP status (200-599)`);
    const headers: Record<string, string> = {};
    let body: string | null = null;
    for (const option of options) {
      const equals = option.indexOf('=');
      if (equals <= 0) throw new FaultSyntaxError(`--fault ${flag}: ${JSON.stringify(option)} should be <header>=<value> or body=<text>`);
      const name = option.slice(0, equals).trim().toLowerCase();
      const value = option.slice(equals + 1);
      if (name === 'body') body = value;
      else if (/^[a-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) headers[name] = value;
      else throw new FaultSyntaxError(`--fault ${flag}: ${JSON.stringify(name)} is not a header name`);
    }
    return { kind: 'status', status, headers, body };
  }
  throw new FaultSyntaxError(`--fault ${flag}: ${JSON.stringify(head)} is not a fault; use ${KINDS.join(', ')}`);
}

/** The body a status fault serves when none was given: an API-style JSON error. */
export function defaultFaultBody(status: number): string {
  return JSON.stringify({ error: { message: `agentvet fault: HTTP ${status}`, type: 'agentvet_fault', code: status } });
}
