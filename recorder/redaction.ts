// Keeps secrets off disk: the recorder passes every header, URL and body through a Redactor before it
// writes, and replay passes the live request through the same one so matching still works.
// Placeholders keep the kind of secret ("sk-[REDACTED]", "Bearer [REDACTED]") so a reader can tell.
import { createHash } from 'node:crypto';

export const REDACTED = '[REDACTED]';

/** Headers whose whole value is a credential. */
export const SECRET_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'api-key',
  'x-api-key',
  'x-goog-api-key',
  'cookie',
  'set-cookie',
]);

interface TextRule {
  pattern: RegExp;
  replacement: string;
}

/** Key-like values, wherever they appear (URLs, bodies, chunks, other headers). */
const DEFAULT_TEXT_RULES: TextRule[] = [
  { pattern: /\b(Bearer|Basic)\s+[A-Za-z0-9\-._~+/]{8,}=*/g, replacement: `$1 ${REDACTED}` },
  { pattern: /(?<![A-Za-z0-9])sk-(?:ant-|proj-|svcacct-)?[A-Za-z0-9_-]{16,}/g, replacement: `sk-${REDACTED}` },
  { pattern: /(?<![A-Za-z0-9])([rs]k_(?:live|test))_[A-Za-z0-9]{10,}/g, replacement: `$1_${REDACTED}` },
  { pattern: /(?<![A-Za-z0-9])(gh[pousr])_[A-Za-z0-9]{30,}/g, replacement: `$1_${REDACTED}` },
  { pattern: /(?<![A-Za-z0-9])(xox[abposr])-[A-Za-z0-9-]{10,}/g, replacement: `$1-${REDACTED}` },
  { pattern: /(?<![A-Za-z0-9])AKIA[0-9A-Z]{16}/g, replacement: `AKIA${REDACTED}` },
  { pattern: /(?<![A-Za-z0-9])AIza[0-9A-Za-z_-]{35}/g, replacement: `AIza${REDACTED}` },
  {
    pattern: /("(?:api[_-]?key|apiKey|access[_-]?token|accessToken|refresh[_-]?token|client[_-]?secret|password|secret)"\s*:\s*")(?:[^"\\]|\\.)*"/g,
    replacement: `$1${REDACTED}"`,
  },
  {
    pattern: /([?&](?:api[_-]?key|apikey|key|access[_-]?token|token|secret|password|client[_-]?secret)=)[^&#\s"]*/gi,
    replacement: `$1${REDACTED}`,
  },
];

export class RedactionPatternError extends Error {
  constructor(readonly pattern: string, reason: string) {
    super(`invalid redaction pattern ${JSON.stringify(pattern)}: ${reason}`);
    this.name = 'RedactionPatternError';
  }
}

/** The default rules in one expression: most text holds no secret and is scanned once, not per rule. */
const ANY_DEFAULT_RULE = new RegExp(DEFAULT_TEXT_RULES.map((rule) => `(?:${rule.pattern.source})`).join('|'), 'i');

export class Redactor {
  private readonly extraRules: TextRule[];

  /** `extraPatterns` are regular expression sources; every match becomes "[REDACTED]". */
  constructor(readonly extraPatterns: readonly string[] = []) {
    this.extraRules = extraPatterns.map(compileExtraPattern);
  }

  /** Identifies the extra patterns without revealing them (a pattern may be a literal secret). */
  get fingerprint(): string | null {
    if (this.extraPatterns.length === 0) return null;
    return createHash('sha256').update(JSON.stringify(this.extraPatterns)).digest('hex').slice(0, 16);
  }

  text(value: string): string {
    let result = value;
    if (ANY_DEFAULT_RULE.test(value)) {
      for (const rule of DEFAULT_TEXT_RULES) result = result.replace(rule.pattern, rule.replacement);
    }
    for (const rule of this.extraRules) result = result.replace(rule.pattern, rule.replacement);
    return result;
  }

  /**
   * Bytes that are not UTF-8 (an upload, a binary frame) are read as Latin-1, one character per byte,
   * so key-like ASCII runs inside them are found and replaced; other bytes are left as they were.
   */
  base64(value: string): string {
    const latin1 = Buffer.from(value, 'base64').toString('latin1');
    const redacted = this.text(latin1);
    return redacted === latin1 ? value : Buffer.from(redacted, 'latin1').toString('base64');
  }

  headers(headers: Record<string, string>): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) {
      const lower = name.toLowerCase();
      result[lower] = SECRET_HEADERS.has(lower) ? redactWholeValue(value) : this.text(value);
    }
    return result;
  }
}

/** Keeps the scheme of an authorization value ("Bearer [REDACTED]"), drops the rest. */
function redactWholeValue(value: string): string {
  const scheme = /^(Bearer|Basic|Token|Digest)\s/i.exec(value);
  return scheme ? `${scheme[1]} ${REDACTED}` : REDACTED;
}

function compileExtraPattern(source: string): TextRule {
  try {
    return { pattern: new RegExp(source, 'g'), replacement: REDACTED };
  } catch (error) {
    throw new RedactionPatternError(source, (error as Error).message);
  }
}
