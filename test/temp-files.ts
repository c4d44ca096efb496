// Test projects written to disk: one helper for every test that needs real files in a temp folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes each file (path relative to `dir`, folders made as needed) into `dir`. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

/** A new temp folder named `agentvet-<label>-…` holding the given files; the caller removes it. */
export function tempFolderWith(label: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), `agentvet-${label}-`));
  writeFiles(dir, files);
  return dir;
}
