// OTLP/JSON's encodings: attributes as typed key/value pairs (64-bit integers as decimal strings, as
// the protobuf JSON mapping says), times as nanoseconds since the epoch in a string, and stable hex ids.
import { createHash } from 'node:crypto';

export type AnyValue =
  | { stringValue: string }
  | { intValue: string }
  | { doubleValue: number }
  | { boolValue: boolean }
  | { arrayValue: { values: AnyValue[] } };

export interface KeyValue {
  key: string;
  value: AnyValue;
}

type Plain = string | number | boolean | readonly string[] | null | undefined;

export function anyValue(value: Exclude<Plain, null | undefined>): AnyValue {
  if (typeof value === 'string') return { stringValue: value };
  if (typeof value === 'boolean') return { boolValue: value };
  if (typeof value === 'number') return Number.isInteger(value) ? { intValue: String(value) } : { doubleValue: value };
  return { arrayValue: { values: value.map((item) => ({ stringValue: item })) } };
}

/** Attributes from a record; null and undefined values are left out. */
export function attributes(values: Record<string, Plain>): KeyValue[] {
  const out: KeyValue[] = [];
  for (const [key, value] of Object.entries(values)) if (value !== null && value !== undefined) out.push({ key, value: anyValue(value) });
  return out;
}

/** Milliseconds since the epoch (fractional) as OTLP's nanosecond string, without float overflow. */
export function unixNanos(ms: number): string {
  const whole = Math.floor(ms);
  const nanos = BigInt(whole) * 1_000_000n + BigInt(Math.round((ms - whole) * 1_000_000));
  return nanos.toString();
}

/** `bytes` bytes of hex derived from the text: the same recording always exports the same ids. */
export function stableHexId(text: string, bytes: 8 | 16): string {
  return createHash('sha256').update(text).digest('hex').slice(0, bytes * 2);
}
