// What a secret looks like on the wire, as data: value shapes (provider key formats, JWTs, PEM private
// keys, credentials in URLs), field names in JSON and form bodies, and header names. Each shape keeps a
// visible prefix that says what kind of secret it was ("sk-", "Bearer ", the field name) and masks the
// rest. Shared by the write path (redaction.ts) and the audit of existing recordings (audit.ts).
import { isMasked } from './mask.js';

/**
 * A rule's expression has two groups: (1) the prefix that stays visible, (2) the secret that is masked.
 * `decode` turns the matched secret text into the value a program uses (JSON and form escapes), so the
 * value can be masked wherever else it appears.
 */
export interface ShapeRule {
  kind: string;
  pattern: RegExp;
  decode?: (text: string) => string;
  /** A field rule: its prefix names the field, and idempotency-key fields are left alone. */
  field?: boolean;
  /** Prose can follow the prefix ("Basic concepts"): an ordinary word there is not a secret. */
  notWords?: boolean;
}

/** JSON field names (and form fields) whose value is a credential. `token` and `*_token`, `*Token`, … */
const FIELD_NAME =
  '[A-Za-z0-9_-]*(?:token|Token|TOKEN)|[A-Za-z0-9_-]*(?:secret|Secret|SECRET)[A-Za-z0-9_-]*|' +
  '[A-Za-z0-9_-]*(?:password|Password|PASSWORD)|pwd|PWD|[A-Za-z0-9]+_pwd|passwd|passphrase|Passphrase|' +
  '[A-Za-z0-9_]*(?:credentials?|Credentials?)|' +
  '[A-Za-z0-9_-]*(?:private[_-]?key|privateKey|PRIVATE_KEY|api[_-]?key|apiKey|API_KEY)';

/** Fields named like a credential that carry idempotency keys, which `agentvet check` must compare. */
const NOT_A_CREDENTIAL_FIELD = /^(?:client_?token|client_?request_?token|idempotency.*)$/i;

/** Query and form parameters: the field names, plus the bare `key` Google's APIs take. */
const PARAMETER_NAME = `${FIELD_NAME}|key|apikey|access[_-]?token`;

function jsonString(text: string): string {
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    return text;
  }
}

function formValue(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

export const SHAPE_RULES: readonly ShapeRule[] = [
  { kind: 'a bearer or basic credential', pattern: /\b((?:Bearer|Basic)\s+)([A-Za-z0-9\-._~+/]{8,}=*)/g, notWords: true },
  { kind: 'an API key (sk-…)', pattern: /(?<![A-Za-z0-9])(sk-)((?:ant-|proj-|svcacct-)?[A-Za-z0-9_-]{16,})/g },
  { kind: 'a Stripe key', pattern: /(?<![A-Za-z0-9])([rs]k_(?:live|test)_)([A-Za-z0-9]{10,})/g },
  { kind: 'a GitHub token', pattern: /(?<![A-Za-z0-9])(gh[pousr]_|github_pat_)([A-Za-z0-9_]{22,})/g },
  { kind: 'a Slack token', pattern: /(?<![A-Za-z0-9])(xox[abposr]-)([A-Za-z0-9-]{10,})/g },
  { kind: 'an AWS access key id', pattern: /(?<![A-Za-z0-9])(AKIA)([0-9A-Z]{16})/g },
  { kind: 'a Google API key', pattern: /(?<![A-Za-z0-9])(AIza)([0-9A-Za-z_-]{35})/g },
  { kind: 'a JWT', pattern: /(?<![A-Za-z0-9_-])(eyJ)([A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*)/g },
  // Up to the END line, or to the end of the text when it is cut off (the rest of the key is secret too).
  {
    kind: 'a PEM private key',
    pattern: /(-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----)([\s\S]*?)(?=-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g,
  },
  { kind: 'a password in a URL', pattern: /(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@"'<>]+:)([^/\s@"'<>]+)(?=@)/g, decode: formValue },
  // The value of a JSON field named like a credential, except OpenAI's logprob entries ({"token": "Hello", "logprob": …}).
  {
    kind: 'a JSON field named like a credential',
    pattern: new RegExp(`("(?:${FIELD_NAME})"\\s*:\\s*")((?:[^"\\\\]|\\\\.)*)"(?!\\s*,\\s*"logprob")`, 'g'),
    decode: jsonString,
    field: true,
  },
  // The same inside a JSON document that is itself a JSON string (tool call arguments, logged bodies).
  {
    kind: 'a JSON field named like a credential',
    pattern: new RegExp(`(\\\\"(?:${FIELD_NAME})\\\\"\\s*:\\s*\\\\")([^"\\\\]*)\\\\"`, 'g'),
    field: true,
  },
  {
    kind: 'a query or form parameter named like a credential',
    pattern: new RegExp(`((?:^|[?&])(?:${PARAMETER_NAME})=)([^&#\\s"]*)`, 'g'),
    decode: formValue,
    field: true,
  },
  // Command-line options (`--api-key=…`, `--token …`); argument lists are scanned joined by NUL characters.
  {
    kind: 'a command-line option named like a credential',
    pattern: new RegExp(`((?:^|[\\s\\u0000])--?(?:${FIELD_NAME})[=\\s\\u0000])([^\\s\\u0000"']+)`, 'g'),
    field: true,
  },
];

/** The field or parameter name in a rule's visible prefix, to leave idempotency keys alone. */
function namedField(prefix: string): string | null {
  return /[A-Za-z0-9_][A-Za-z0-9_-]*/.exec(prefix)?.[0] ?? null;
}

function isExcludedField(prefix: string): boolean {
  const name = namedField(prefix);
  return name !== null && NOT_A_CREDENTIAL_FIELD.test(name);
}

/** "Basic concepts", "Bearer authentication": prose after a scheme name. */
const PLAIN_WORD = /^(?:[a-z]+|[A-Z][a-z]+)$/;

/** Calls `found` for each secret the shape rules see in `text` that is not masked yet. */
export function findShapedSecrets(text: string, found: (start: number, secret: string, rule: ShapeRule) => void): void {
  if (!ANY_SHAPE.test(text)) return;
  for (const rule of SHAPE_RULES) {
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const prefix = match[1] ?? '';
      const secret = match[2] ?? '';
      if (secret.length === 0 || isMasked(secret)) continue;
      if (rule.field && isExcludedField(prefix)) continue;
      if (rule.notWords && PLAIN_WORD.test(secret)) continue;
      found(match.index + prefix.length, secret, rule);
    }
  }
}

/** All shapes in one expression: most text holds no secret and is scanned once, not once per rule. */
const ANY_SHAPE = new RegExp(SHAPE_RULES.map((rule) => `(?:${rule.pattern.source})`).join('|'));

/**
 * Header names whose whole value is a credential: any name containing token, auth, secret, session,
 * password, key or cookie — except idempotency keys (compared by `agentvet check`), the challenge
 * headers, which name a scheme and hold no secret, and rate-limit counts (`x-ratelimit-remaining-tokens`,
 * `anthropic-ratelimit-tokens-limit`), which programs read for their backoff.
 */
const CREDENTIAL_HEADER = /token|auth|secret|session|passw|key|cookie/;
const NOT_A_CREDENTIAL_HEADER = /idempoten|^(?:www|proxy)-authenticate$|^:|ratelimit|tokens/;

const headerVerdicts = new Map<string, boolean>();

export function isCredentialHeader(lowerCaseName: string): boolean {
  let verdict = headerVerdicts.get(lowerCaseName);
  if (verdict === undefined) {
    verdict = CREDENTIAL_HEADER.test(lowerCaseName) && !NOT_A_CREDENTIAL_HEADER.test(lowerCaseName);
    if (headerVerdicts.size < 1000) headerVerdicts.set(lowerCaseName, verdict);
  }
  return verdict;
}

/** `Bearer `, `Basic `…: kept visible in a masked authorization value. */
export const AUTH_SCHEME = /^(?:Bearer|Basic|Token|Digest|Bot|ApiKey|Negotiate|NTLM|AWS4-HMAC-SHA256)\s+/i;
