// Reads a response body as the chunks that arrived, decoding a content-encoding (gzip, deflate, br)
// on the way: recordings store bodies decoded, so they can be redacted, read and replayed as is.
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

export async function* bodyChunks(body: ReadableStream<Uint8Array>, encoding: string | null): AsyncGenerator<Uint8Array> {
  if (encoding === null) {
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
  const source = Readable.fromWeb(body as NodeWebReadableStream<Uint8Array>);
  const decoder = DECODERS[encoding]!();
  source.on('error', (error) => decoder.destroy(error));
  source.pipe(decoder);
  for await (const chunk of decoder) yield chunk as Buffer;
}
