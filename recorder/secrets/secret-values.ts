// Which values are worth masking wherever they appear, and the forms one value takes on the wire.
// Masking a value everywhere is strong medicine: an ordinary word or a number masked in every body
// would change what a replayed program reads (and a masked number breaks JSON), so only values that
// look like credentials are masked by value. The field or header that held them is masked anyway.
import { isMasked } from './mask.js';

/** Values shorter than this are masked where they were found, never by value elsewhere. */
export const MIN_VALUE_LENGTH = 8;

/** Words and identifiers ("disabled", "Production", "us_east", "gpt-4o-mini" is not one): configuration, not secrets. */
export function isOrdinaryWord(value: string): boolean {
  if (value.length > 32) return false;
  for (const part of value.split(/[_.-]/)) {
    if (!/^(?:[a-z]+|[A-Z][a-z]*|[A-Z]+)$/.test(part)) return false;
  }
  return true;
}

/** A value learned from a field, header or shape: masked everywhere after when it looks like a credential. */
export function worthMaskingByValue(value: string): boolean {
  return (
    value.length >= MIN_VALUE_LENGTH &&
    !/\s/.test(value) &&
    !isMasked(value) &&
    !value.includes('[REDACTED]') &&
    !/^[-+]?[\d.]+$/.test(value) &&
    !isOrdinaryWord(value)
  );
}

/**
 * The forms a value takes in a request or response: as is, escaped inside a JSON string, percent-
 * encoded in a URL or form, and as the Latin-1 reading of its UTF-8 bytes (how binary bodies are scanned).
 */
export function valueForms(value: string): string[] {
  const forms = new Set<string>([value]);
  forms.add(JSON.stringify(value).slice(1, -1));
  forms.add(encodeURIComponent(value));
  forms.add(new URLSearchParams({ v: value }).toString().slice(2));
  forms.add(Buffer.from(value, 'utf8').toString('latin1'));
  return [...forms].filter((form) => form.length > 0);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
