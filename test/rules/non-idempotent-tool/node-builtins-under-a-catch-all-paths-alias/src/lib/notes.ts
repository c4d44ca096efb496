// A project module reached through the `@app/*` alias, beside the catch-all `"*": ["node_modules/*"]`.
import { appendFile } from 'fs/promises';

export async function addNote(path: string, line: string) {
  await appendFile(path, `${line}\n`);
}
