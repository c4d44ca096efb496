// A file read and written back with one string replaced by another is a write a repeat changes again only when both
// strings come from the caller (README question 139: a repeat replaces again, and inserts again when the new text holds
// the old). A pattern the module builds (`new RegExp(…)` in a constant), a line ending from `os.EOL` and a replacer
// callback are edits the code chose: a repeat leaves the file as the first call did. An edit tool's `replace(oldText,
// newText)` of the first occurrence only stays clean too (questions 139, 146: a replace of every occurrence is the write).
import { readFile, writeFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import { tool } from 'ai';
import { z } from 'zod';

const LINE_BREAKS = new RegExp('\\r?\\n', 'g');

export const renameSymbol = tool({
  description: 'Replace every occurrence of a name in a source file with another',
  inputSchema: z.object({ path: z.string(), from: z.string(), to: z.string() }),
  execute: async (args) => {
    const { from, to } = args;
    const source = await readFile(args.path, 'utf8');
    await writeFile(args.path, source.replaceAll(from, to)); // expect: non-idempotent-tool
    return 'renamed';
  },
});

export const normaliseLineEndings = tool({
  description: 'Rewrite a file with the platform line endings',
  inputSchema: z.object({ path: z.string() }),
  execute: async ({ path }) => {
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace(LINE_BREAKS, EOL));
    return 'normalised';
  },
});

export const capitaliseWord = tool({
  description: 'Write a given word in capitals wherever it appears in a file',
  inputSchema: z.object({ path: z.string(), word: z.string() }),
  execute: async ({ path, word }) => {
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replaceAll(word, (found: string) => found.toUpperCase()));
    return 'capitalised';
  },
});

export const editFile = tool({
  description: 'Replace the first occurrence of old_text with new_text in a file',
  inputSchema: z.object({ path: z.string(), old_text: z.string(), new_text: z.string() }),
  execute: async ({ path, old_text, new_text }) => {
    const text = await readFile(path, 'utf8');
    if (!text.includes(old_text)) return 'old_text not found';
    await writeFile(path, text.replace(old_text, new_text));
    return 'edited';
  },
});
