// fs-extra's `writeJson(file, list)` writes the value whole, as `fs.writeFile(file, JSON.stringify(list))` does: a list
// the handler read (through a helper), pushed an entry onto and handed to a helper that writes it back is an append
// (README question 65). The same helper handed a list with an entry removed rewrites the file to a state, and so does
// a list filtered of the entry's id before it is pushed back (a replace): clean. A filter in another branch (the
// `remove` one) does not run before the `add` branch's push, and the `done` branch, which writes back the list it only
// changed a field of, does not run the push.
import fs from 'fs-extra';
import path from 'node:path';

function notesPath(dir) {
  return path.join(dir, 'notes.json');
}

async function loadNotes(dir) {
  return (await fs.pathExists(notesPath(dir))) ? fs.readJson(notesPath(dir)) : [];
}

async function saveNotes(dir, notes) {
  await fs.outputJson(notesPath(dir), notes, { spaces: 2 });
}

export const notesTool = {
  name: 'notes',
  description: 'Add or remove a note',
  parameters: {
    type: 'object',
    properties: { action: { type: 'string', enum: ['add', 'done', 'remove', 'replace'] }, text: { type: 'string' }, id: { type: 'number' } },
    required: ['action'],
  },
  handler: async (args, context) => {
    if (args.action === 'replace') {
      let current = await loadNotes(context.dir);
      current = current.filter((note) => note.id !== args.id);
      current.push({ id: args.id, text: args.text });
      await saveNotes(context.dir, current);
      return 'replaced';
    }
    const notes = await loadNotes(context.dir);
    if (args.action === 'add') {
      notes.push({ id: Date.now(), text: args.text });
      await saveNotes(context.dir, notes); // expect: non-idempotent-tool
      return 'added';
    }
    if (args.action === 'done') {
      const note = notes.find((n) => n.id === args.id);
      if (note) note.done = true;
      await saveNotes(context.dir, notes);
      return 'done';
    }
    const kept = notes.filter((note) => note.id !== args.id);
    await saveNotes(context.dir, kept);
    return 'removed';
  },
};
