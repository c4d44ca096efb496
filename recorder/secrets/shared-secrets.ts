// How the processes of one run tell each other what they learned: every process appends each new
// secret to one file, as one line, encrypted (AES-256-GCM) with a key that exists only in the run's
// environment (AGENTVET_SECRETS_KEY, made by `agentvet record`/`replay`, never written anywhere), and
// reads the lines the others appended before it masks the next event. The file holds nothing a reader
// without the key can use, and the CLI deletes it when the run ends.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

const IV_BYTES = 12;
const TAG_BYTES = 16;
export const SECRETS_KEY_BYTES = 32;

export function newSecretsKey(): string {
  return randomBytes(SECRETS_KEY_BYTES).toString('base64');
}

export class SharedSecretsError extends Error {
  override name = 'SharedSecretsError';
}

export class SharedSecretsFile {
  private fd: number | null;
  private readonly key: Buffer;
  /** Bytes of the file already read. */
  private offset = 0;
  /** A line another process was still writing when last read. */
  private partial = '';

  constructor(readonly file: string, key: string) {
    this.key = Buffer.from(key, 'base64');
    if (this.key.length !== SECRETS_KEY_BYTES) throw new SharedSecretsError(`the secrets key must be ${SECRETS_KEY_BYTES} bytes of base64`);
    this.fd = openSync(file, 'a+', 0o600);
  }

  /** Appends one value, as one write of one line, so concurrent processes never interleave. */
  append(value: string): void {
    if (this.fd === null) return;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    const line = Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
    writeSync(this.fd, `${line}\n`);
  }

  /** The values appended since the last call, by any process (this one's included). */
  readNew(): string[] {
    if (this.fd === null) return [];
    const size = fstatSync(this.fd).size;
    if (size <= this.offset) return [];
    const buffer = Buffer.alloc(size - this.offset);
    const read = readSync(this.fd, buffer, 0, buffer.length, this.offset);
    this.offset += read;
    const lines = (this.partial + buffer.subarray(0, read).toString('latin1')).split('\n');
    this.partial = lines.pop() ?? '';
    const values: string[] = [];
    for (const line of lines) {
      const value = this.open(line);
      if (value !== null) values.push(value);
    }
    return values;
  }

  private open(line: string): string | null {
    const bytes = Buffer.from(line, 'base64');
    if (bytes.length < IV_BYTES + TAG_BYTES) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      // A line sealed with another key (a stale file) tells nothing.
      return null;
    }
  }

  close(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
  }
}
