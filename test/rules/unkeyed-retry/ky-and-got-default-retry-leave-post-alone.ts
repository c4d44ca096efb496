// Near-miss: ky and got retry GET/PUT/HEAD/DELETE/OPTIONS/TRACE by default and never POST.
// Raising only the retry limit does not add POST either, so these creates are not retried.
import ky from 'ky';
import got from 'got';
import { tool } from 'ai';
import { z } from 'zod';

const notes = ky.create({ prefixUrl: 'https://notes.example.com/api', retry: 4 });
const tasks = got.extend({ prefixUrl: 'https://tasks.example.com/api', retry: { limit: 3 }, timeout: { request: 10_000 } });

export const saveNote = tool({
  description: 'Save a note for the user',
  inputSchema: z.object({ title: z.string(), text: z.string() }),
  execute: async ({ title, text }, { abortSignal }) => {
    const note = await notes.post('notes', { json: { title, text }, signal: abortSignal }).json<{ id: string }>();
    return { noteId: note.id };
  },
});

export const addTask = tool({
  description: 'Add a task to the user’s list',
  inputSchema: z.object({ title: z.string(), due: z.string().optional() }),
  execute: async ({ title, due }) => {
    const task = await tasks.post('tasks', { json: { title, due } }).json<{ id: string }>();
    const defaults = await ky.post('https://tasks.example.com/api/audit', { json: { event: 'task.added', id: task.id } }).json();
    const echo = await got.post('https://tasks.example.com/api/audit', { json: { event: 'task.seen', id: task.id } }).json();
    return { taskId: task.id, defaults, echo };
  },
});
