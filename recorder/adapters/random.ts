// Randomness capture: Math.random, crypto.randomUUID, crypto.getRandomValues and crypto.randomBytes.
// ESM imports of node:crypto see the replacements because its named exports are re-synced after
// patching; node:crypto's getRandomValues (a fixed getter) delegates to the patched Web Crypto one.
import nodeCrypto from 'node:crypto';
import { syncBuiltinESMExports } from 'node:module';
import { originalMathRandom } from '../originals.js';
import type { RecorderSession } from '../session.js';
import type { CaptureAdapter } from './adapter.js';
import { numberCodec, stringCodec, ValueReads, type ValueCodec } from './value-reads.js';

type RandomBytesCallback = (error: Error | null, buffer: Buffer) => void;

function bytesCodec(expectedLength: number): ValueCodec<Buffer> {
  return {
    encode: (value) => value.toString('base64'),
    decode: (recorded) => {
      if (typeof recorded !== 'string') return undefined;
      const bytes = Buffer.from(recorded, 'base64');
      return bytes.length === expectedLength ? bytes : undefined;
    },
  };
}

function asBytes(view: ArrayBufferView): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

export class RandomAdapter implements CaptureAdapter {
  readonly name = 'random';
  private restoreAll: (() => void) | null = null;

  install(session: RecorderSession): void {
    const reads = new ValueReads(session);
    const webCrypto = globalThis.crypto;
    const original = {
      randomUUID: nodeCrypto.randomUUID,
      randomBytes: nodeCrypto.randomBytes,
      webRandomUUID: webCrypto.randomUUID,
      webGetRandomValues: webCrypto.getRandomValues,
    };

    const random = function random(): number {
      return reads.random('Math.random', random, originalMathRandom, numberCodec);
    };
    const randomUUID = function randomUUID(options?: nodeCrypto.RandomUUIDOptions): string {
      return reads.random('crypto.randomUUID', randomUUID, () => original.randomUUID(options), stringCodec) as ReturnType<
        typeof nodeCrypto.randomUUID
      >;
    };
    const webRandomUUID = function randomUUID(): string {
      return reads.random('crypto.randomUUID', webRandomUUID, () => original.webRandomUUID.call(webCrypto), stringCodec);
    };
    const fillFrom = (patched: Function, fill: (view: ArrayBufferView) => void) => (view: ArrayBufferView) => {
      const bytes = reads.random(
        'crypto.getRandomValues',
        patched,
        () => {
          fill(view);
          return Buffer.from(asBytes(view));
        },
        bytesCodec(view.byteLength),
      );
      bytes.copy(asBytes(view));
      return view;
    };
    const webGetRandomValues = function getRandomValues<T extends ArrayBufferView>(view: T): T {
      return fillWebValues(view) as T;
    };
    const fillWebValues = fillFrom(webGetRandomValues, (view) => original.webGetRandomValues.call(webCrypto, view as never));
    const randomBytes = function randomBytes(size: number, callback?: RandomBytesCallback): Buffer | undefined {
      const bytes = reads.random('crypto.randomBytes', randomBytes, () => original.randomBytes(size), bytesCodec(size));
      if (typeof callback !== 'function') return bytes;
      process.nextTick(callback, null, bytes);
      return undefined;
    };

    Math.random = random;
    const mutableCrypto = nodeCrypto as unknown as Record<string, unknown>;
    mutableCrypto.randomUUID = randomUUID;
    mutableCrypto.randomBytes = randomBytes;
    const mutableWebCrypto = webCrypto as unknown as Record<string, unknown>;
    mutableWebCrypto.randomUUID = webRandomUUID;
    mutableWebCrypto.getRandomValues = webGetRandomValues;
    syncBuiltinESMExports();

    this.restoreAll = () => {
      Math.random = originalMathRandom;
      mutableCrypto.randomUUID = original.randomUUID;
      mutableCrypto.randomBytes = original.randomBytes;
      delete mutableWebCrypto.randomUUID;
      delete mutableWebCrypto.getRandomValues;
      syncBuiltinESMExports();
    };
  }

  restore(): void {
    this.restoreAll?.();
    this.restoreAll = null;
  }
}
