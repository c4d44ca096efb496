// Converts between raw bytes and the recording's Body shape: UTF-8 text when the bytes decode
// cleanly (so redaction and readers see text), base64 otherwise.
import type { Body } from './schema.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function bodyFromBytes(bytes: Uint8Array): Body {
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    return { base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
  }
}

export function bytesFromBody(body: Body): Buffer {
  return 'text' in body ? Buffer.from(body.text, 'utf8') : Buffer.from(body.base64, 'base64');
}

export function bodyText(body: Body | null): string {
  if (body === null) return '';
  return 'text' in body ? body.text : '';
}
