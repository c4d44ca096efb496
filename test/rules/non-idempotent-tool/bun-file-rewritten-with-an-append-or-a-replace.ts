// Bun file tools that write the whole file back after reading it with `Bun.file(path).text()`: an append written as
// read-modify-write adds the text once more on a repeat (README question 65), and a replace of text the model gives
// by other text it gives replaces again, inserting again when the new text holds the old (question 139). Writing the
// given content whole, and a replace the code chose (line endings, a marker kept in a constant), repeat harmlessly.
import { tool } from 'ai';
import { z } from 'zod';

const NOTES_DIR = process.env.NOTES_DIR ?? './notes';
const TODO_MARKER = '<!-- todo -->';

export const appendToNote = tool({
  description: 'Append text to a note, creating it when missing',
  inputSchema: z.object({ name: z.string(), text: z.string() }),
  execute: async ({ name, text }) => {
    const path = `${NOTES_DIR}/${name}.md`;
    let before = '';
    try {
      before = await Bun.file(path).text();
    } catch {
      // a new note
    }
    await Bun.write(path, before + text + '\n'); // expect: non-idempotent-tool
    return `appended to ${name}`;
  },
});

export const editNote = tool({
  description: 'Replace every occurrence of a text in a note',
  inputSchema: z.object({ name: z.string(), find: z.string(), replaceWith: z.string() }),
  execute: async ({ name, find, replaceWith }) => {
    const path = `${NOTES_DIR}/${name}.md`;
    const note = Bun.file(path);
    const body = await note.text();
    if (!body.includes(find)) return 'text not found';
    await Bun.write(path, body.split(find).join(replaceWith)); // expect: non-idempotent-tool
    return 'edited';
  },
});

export const saveNote = tool({
  description: 'Write a note with the given content',
  inputSchema: z.object({ name: z.string(), content: z.string() }),
  execute: async ({ name, content }) => {
    await Bun.write(`${NOTES_DIR}/${name}.md`, content);
    return 'saved';
  },
});

export const tidyNote = tool({
  description: 'Normalise line endings and drop the todo marker of a note',
  inputSchema: z.object({ name: z.string() }),
  execute: async ({ name }) => {
    const path = `${NOTES_DIR}/${name}.md`;
    const body = await Bun.file(path).text();
    await Bun.write(path, body.replace(/\r\n/g, '\n').split(TODO_MARKER).join(''));
    return 'tidied';
  },
});
