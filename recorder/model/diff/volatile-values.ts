// Values that differ between two runs by nature — ids the server or SDK makes up, timestamps — replaced
// by placeholders, so comparing two runs shows what the program did differently and nothing else.
import { parseJson, stableStringify } from '../../fingerprint.js';

const ID_PLACEHOLDER = '<id>';
const TIME_PLACEHOLDER = '<time>';

/** Keys whose values are ids or times in every API we have seen. */
const VOLATILE_KEYS = new Set([
  'id',
  'created',
  'created_at',
  'createdat',
  'completed_at',
  'timestamp',
  'date',
  'request_id',
  'requestid',
  'system_fingerprint',
  'call_id',
  'tool_call_id',
  'tool_use_id',
  'at',
]);

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const PREFIXED_ID = /\b(?:chatcmpl|resp|msg|fc|call|toolu|req|run|rs)[-_][A-Za-z0-9-]{6,}\b/g;
const ISO_TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})\b/g;

export function maskVolatileText(text: string): string {
  return text.replace(UUID, ID_PLACEHOLDER).replace(PREFIXED_ID, ID_PLACEHOLDER).replace(ISO_TIME, TIME_PLACEHOLDER);
}

/** A JSON value with volatile keys and id-like strings masked (keys kept, so shapes still compare). */
export function maskVolatileJson(value: unknown): unknown {
  if (typeof value === 'string') return maskVolatileText(value);
  if (Array.isArray(value)) return value.map(maskVolatileJson);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      out[key] = VOLATILE_KEYS.has(key.toLowerCase()) && item !== null && typeof item !== 'object' ? ID_PLACEHOLDER : maskVolatileJson(item);
    }
    return out;
  }
  return value;
}

/** A body text, masked: JSON is parsed, masked and written with sorted keys; other text is masked in place. */
export function maskVolatileBody(text: string): string {
  const json = parseJson(text);
  return json === undefined ? maskVolatileText(text) : stableStringify(maskVolatileJson(json));
}
