// Writes recordings: the CLI creates the file (mode 0600) with its header line, then every recorded
// process opens it in append mode and writes each event as one `write()` of one line, so several
// processes share a file and a kill -9 leaves at most a torn last line.
import { closeSync, fchmodSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RecordingEvent, RecordingHeader } from './schema.js';
import { makeDirectory } from '../cli/make-directory.js';

export const RECORDING_FILE_MODE = 0o600;

/** Creates a new recording holding only its header. Fails if the file exists, so runs never mix. */
export function createRecordingFile(file: string, header: RecordingHeader): void {
  makeDirectory(dirname(file), 0o700);
  const fd = openSync(file, 'wx', RECORDING_FILE_MODE);
  try {
    // The umask can only remove bits; set the mode explicitly anyway in case the file system ignores it.
    fchmodSync(fd, RECORDING_FILE_MODE);
    writeSync(fd, `${JSON.stringify(header)}\n`);
  } finally {
    closeSync(fd);
  }
}

export class RecordingWriter {
  private fd: number | null;

  constructor(readonly file: string) {
    this.fd = openSync(file, 'a', RECORDING_FILE_MODE);
  }

  write(event: RecordingEvent): void {
    if (this.fd === null) return;
    writeSync(this.fd, `${JSON.stringify(event)}\n`);
  }

  close(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
  }
}
