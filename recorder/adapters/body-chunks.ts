// Reads a response body as the chunks that arrived, decoding a content-encoding (gzip, deflate, br)
// on the way: recordings store bodies decoded, so they can be redacted, read and replayed as is.
// Reading stops early when the connection closes under an unfinished body (a client that stopped
// reading), since the teed copy is then never ended.
import { Readable, type Transform } from 'node:stream';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

const DECODERS: Record<string, () => Transform> = {
  gzip: () => createGunzip(),
  'x-gzip': () => createGunzip(),
  deflate: () => createInflate(),
  br: () => createBrotliDecompress(),
};

/** The encoding the recorder can decode, or null for identity and for encodings it leaves alone. */
export function decodableEncoding(contentEncoding: string | undefined): string | null {
  const encoding = contentEncoding?.trim().toLowerCase();
  return encoding && encoding in DECODERS ? encoding : null;
}

export class BodyCutOff extends Error {
  override name = 'BodyCutOff';
}

const CUT_OFF = Symbol('cut off');

/** `connectionClosed` settles once the connection is gone and the bytes it delivered were read. */
export async function* bodyChunks(
  body: ReadableStream<Uint8Array>,
  encoding: string | null,
  connectionClosed: Promise<void>,
): AsyncGenerator<Uint8Array> {
  const chunks = encoding === null ? webChunks(body) : decodedChunks(body, encoding);
  const cutOff = connectionClosed.then((): typeof CUT_OFF => CUT_OFF);
  try {
    while (true) {
      const next = await Promise.race([chunks.next(), cutOff]);
      if (next === CUT_OFF) throw new BodyCutOff('the connection closed before the body ended');
      if (next.done) return;
      yield next.value;
    }
  } finally {
    void chunks.return(undefined).catch(() => undefined);
  }
}

async function* webChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

async function* decodedChunks(body: ReadableStream<Uint8Array>, encoding: string): AsyncGenerator<Uint8Array> {
  const source = Readable.fromWeb(body as NodeWebReadableStream<Uint8Array>);
  const decoder = DECODERS[encoding]!();
  source.on('error', (error) => decoder.destroy(error));
  source.pipe(decoder);
  for await (const chunk of decoder) yield chunk as Buffer;
}
