// The README's CI snippets, read from the README itself: each follows a `<!-- snippet: name -->` line,
// so the tests run exactly what a reader copies.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function readmeSnippet(name: string): string {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const match = new RegExp(`<!-- snippet: ${name} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\``).exec(readme);
  if (!match) throw new Error(`README.md has no snippet "${name}"`);
  return match[1]!;
}

/** The shell commands of a `sh` snippet: comments and blank lines dropped. */
export function snippetCommands(name: string): string[] {
  return readmeSnippet(name)
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line && !line.startsWith('#'));
}
