// Keeps secrets off disk: the recorder passes every header, URL and body through a Redactor before it
// writes, and replay passes the live request through the same one so matching still works. A secret
// is found by shape (secrets/shapes.ts), by the name of its field or header, by value (the process's
// secret environment variables and what the run learned: secrets/secret-memory.ts) and by the user's
// extra patterns; it becomes a mask of the same length (secrets/mask.ts), so nothing else moves.
import { createHash } from 'node:crypto';
import type { Body } from './schema.js';
import { isMasked, maskSpans, matchingForm, mergeSpans, type MaskedText, type Span, type TextDomain } from './secrets/mask.js';
import { SecretMemory } from './secrets/secret-memory.js';
import { AUTH_SCHEME, findShapedSecrets, isCredentialHeader } from './secrets/shapes.js';

export { PLACEHOLDER as REDACTED } from './secrets/mask.js';

export class RedactionPatternError extends Error {
  constructor(readonly pattern: string, reason: string) {
    super(`invalid redaction pattern ${JSON.stringify(pattern)}: ${reason}`);
    this.name = 'RedactionPatternError';
  }
}

/** A request's URL or body, masked, with the form it is matched by on replay. */
export interface MaskedForMatching<T> {
  masked: T;
  matching: T;
}

export class Redactor {
  private readonly extraRules: RegExp[];

  /** `extraPatterns` are regular expression sources; every match is masked. */
  constructor(
    readonly extraPatterns: readonly string[] = [],
    readonly memory: SecretMemory = new SecretMemory(),
  ) {
    this.extraRules = extraPatterns.map(compileExtraPattern);
  }

  /** Identifies the extra patterns without revealing them (a pattern may be a literal secret). */
  get fingerprint(): string | null {
    if (this.extraPatterns.length === 0) return null;
    return createHash('sha256').update(JSON.stringify(this.extraPatterns)).digest('hex').slice(0, 16);
  }

  text(value: string): string {
    return this.mask(value, 'utf8').text;
  }

  /** A URL or text body of a request: masked, and the form its matching key is computed from. */
  textForMatching(value: string): MaskedForMatching<string> {
    const masked = this.mask(value, 'utf8');
    return { masked: masked.text, matching: matchingForm(masked) };
  }

  /**
   * Bytes that are not UTF-8 (an upload, a binary frame) are read as Latin-1, one character per byte,
   * so key-like ASCII runs inside them are found and masked; other bytes are left as they were.
   */
  base64(value: string): string {
    return this.base64ForMatching(value).masked;
  }

  /** A command line: masked as one text, so `--token abc` is seen across two arguments. */
  argv(args: readonly string[]): string[] {
    return this.text(args.join('\u0000')).split('\u0000');
  }

  /** Takes in what the run's other processes learned; called before each event is masked. */
  refresh(): void {
    this.memory.refresh();
  }

  body(body: Body): Body {
    this.refresh();
    return this.bodyForMatching(body).masked;
  }

  bodyForMatching(body: Body): MaskedForMatching<Body> {
    if ('text' in body) {
      const { masked, matching } = this.textForMatching(body.text);
      const maskedBody = masked === body.text ? body : { text: masked };
      return { masked: maskedBody, matching: matching === masked ? maskedBody : { text: matching } };
    }
    const { masked, matching } = this.base64ForMatching(body.base64);
    const maskedBody = masked === body.base64 ? body : { base64: masked };
    return { masked: maskedBody, matching: matching === masked ? maskedBody : { base64: matching } };
  }

  /** Credential headers are masked whole (an authorization scheme and cookie names stay visible); others like any text. */
  headers(headers: Record<string, string>): Record<string, string> {
    this.refresh();
    const result: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) {
      const lower = name.toLowerCase();
      result[lower] = isCredentialHeader(lower) ? this.credentialHeader(lower, value) : this.text(value);
    }
    return result;
  }

  /** The masked text and where its masks are. */
  mask(value: string, domain: TextDomain): MaskedText {
    const spans: Span[] = [];
    this.findShapes(value, spans);
    this.memory.find(value, spans);
    for (const rule of this.extraRules) {
      rule.lastIndex = 0;
      for (let match = rule.exec(value); match !== null; match = rule.exec(value)) {
        if (match[0].length === 0) rule.lastIndex++;
        else spans.push({ start: match.index, end: match.index + match[0].length });
      }
    }
    return spans.length === 0 ? { text: value, spans } : maskSpans(value, mergeSpans(value, spans), domain);
  }

  private findShapes(value: string, spans: Span[]): void {
    findShapedSecrets(value, (start, secret, rule) => {
      spans.push({ start, end: start + secret.length });
      this.memory.learn(rule.decode ? rule.decode(secret) : secret);
    });
  }

  private base64ForMatching(value: string): MaskedForMatching<string> {
    const latin1 = Buffer.from(value, 'base64').toString('latin1');
    const masked = this.mask(latin1, 'latin1');
    const matching = matchingForm(masked);
    const maskedBase64 = masked.text === latin1 ? value : Buffer.from(masked.text, 'latin1').toString('base64');
    return { masked: maskedBase64, matching: matching === masked.text ? maskedBase64 : Buffer.from(matching, 'latin1').toString('base64') };
  }

  /** Masks the credential in a header value and remembers it, so it is masked wherever it shows up next. */
  private credentialHeader(name: string, value: string): string {
    if (name === 'cookie' || name === 'set-cookie') return this.cookies(name, value);
    const scheme = AUTH_SCHEME.exec(value)?.[0] ?? '';
    const credential = value.slice(scheme.length);
    if (credential.length === 0 || isMasked(credential)) return value;
    this.memory.learn(credential);
    if (/^basic\s/i.test(scheme)) this.learnBasicPassword(credential);
    return scheme + maskSpans(credential, [{ start: 0, end: credential.length }], 'utf8').text;
  }

  /** `a=1; b=2` (cookie) or `a=1; Path=/; HttpOnly` (set-cookie): values masked, names and attributes kept. */
  private cookies(name: string, value: string): string {
    const pairs = value.split(';');
    const masked = pairs.map((pair, index) => {
      if (name === 'set-cookie' && index > 0) return pair;
      const equals = pair.indexOf('=');
      const cookie = pair.slice(equals + 1);
      if (cookie.length === 0 || isMasked(cookie)) return pair;
      this.memory.learn(cookie.trim());
      return pair.slice(0, equals + 1) + maskSpans(cookie, [{ start: 0, end: cookie.length }], 'utf8').text;
    });
    return masked.join(';');
  }

  private learnBasicPassword(credential: string): void {
    const decoded = Buffer.from(credential, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) this.memory.learn(decoded.slice(colon + 1));
  }
}

function compileExtraPattern(source: string): RegExp {
  try {
    return new RegExp(source, 'g');
  } catch (error) {
    throw new RedactionPatternError(source, (error as Error).message);
  }
}
