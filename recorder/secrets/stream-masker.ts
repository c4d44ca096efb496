// Masks a body that arrives in pieces as one text: a secret split across two chunks (each half alone
// matches nothing) is found in the joined text. A chunk whose text ends inside a line (or inside an
// unfinished PEM key) is held until what follows it arrives; then the held chunks are masked together
// and cut again at their own byte boundaries — the mask keeps each secret's length, so every chunk
// keeps its size and its arrival time, and replay serves the same pieces. Streams end their events
// with a line break (SSE, NDJSON), so in practice chunks are held only when the network split a line.
import { bodyFromBytes } from '../body.js';
import type { Redactor } from '../redaction.js';
import type { Body } from '../schema.js';

/** A chunk as it arrived, with whatever the caller keeps beside it (its arrival time). */
export interface PendingChunk<T> {
  bytes: Uint8Array;
  meta: T;
}

export interface MaskedChunk<T> {
  data: Body;
  meta: T;
}

/** Held text beyond this is written anyway, so a stream without line breaks cannot hold everything. */
const MAX_HELD_BYTES = 256 * 1024;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export class StreamMasker<T> {
  private held: Array<PendingChunk<T>> = [];
  private heldBytes = 0;

  constructor(private readonly redactor: Redactor) {}

  /** Takes one chunk; returns the chunks whose masking is settled, in order (none while a line is open). */
  push(bytes: Uint8Array, meta: T): Array<MaskedChunk<T>> {
    this.held.push({ bytes, meta });
    this.heldBytes += bytes.byteLength;
    if (this.heldBytes < MAX_HELD_BYTES && !endsSettled(this.held)) return [];
    return this.release();
  }

  /** The end of the body: whatever is held is masked as it stands. */
  flush(): Array<MaskedChunk<T>> {
    return this.held.length === 0 ? [] : this.release();
  }

  private release(): Array<MaskedChunk<T>> {
    const chunks = this.held;
    this.held = [];
    this.heldBytes = 0;
    this.redactor.refresh();
    if (chunks.length === 1) {
      const only = chunks[0]!;
      return [{ data: this.redactor.bodyForMatching(bodyFromBytes(only.bytes)).masked, meta: only.meta }];
    }
    const joined = Buffer.concat(chunks.map((chunk) => chunk.bytes));
    const masked = maskedBytes(this.redactor, joined);
    const out: Array<MaskedChunk<T>> = [];
    let at = 0;
    for (const chunk of chunks) {
      const piece = masked.subarray(at, at + chunk.bytes.byteLength);
      at += chunk.bytes.byteLength;
      out.push({ data: bodyFromBytes(piece), meta: chunk.meta });
    }
    return out;
  }
}

/** The joined bytes masked as UTF-8 text when they are, else as Latin-1; the same length either way. */
function maskedBytes(redactor: Redactor, bytes: Buffer): Buffer {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return Buffer.from(redactor.mask(bytes.toString('latin1'), 'latin1').text, 'latin1');
  }
  return Buffer.from(redactor.mask(text, 'utf8').text, 'utf8');
}

/** True when the held text ends at a line break, outside a PEM private key: no secret can run on into the next chunk. */
function endsSettled(held: ReadonlyArray<PendingChunk<unknown>>): boolean {
  const last = held[held.length - 1]!.bytes;
  const byte = last[last.byteLength - 1];
  if (byte !== 0x0a && byte !== 0x0d) return false;
  return !openPrivateKey(held);
}

const BEGIN_KEY = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/g;

/** A PEM private key whose END line has not arrived yet: its base64 lines continue in later chunks. */
function openPrivateKey(held: ReadonlyArray<PendingChunk<unknown>>): boolean {
  const bytes = held.length === 1 ? Buffer.from(held[0]!.bytes.buffer, held[0]!.bytes.byteOffset, held[0]!.bytes.byteLength) : Buffer.concat(held.map((chunk) => chunk.bytes));
  if (!bytes.includes('PRIVATE KEY-----')) return false;
  const text = bytes.toString('latin1');
  BEGIN_KEY.lastIndex = 0;
  let lastBegin = -1;
  for (let match = BEGIN_KEY.exec(text); match !== null; match = BEGIN_KEY.exec(text)) lastBegin = match.index;
  return lastBegin !== -1 && !/-----END [A-Z0-9 ]*PRIVATE KEY-----/.test(text.slice(lastBegin));
}
