// A class that loads a list field from its file and writes it whole in a `save()` method of its own (through a
// temporary file renamed into place): the methods that push onto the field before calling `save()` append one entry per
// call (README question 65); one that sets a field of an entry found by id, or removes one, and then saves does not.
// A list read and written back by plain functions, pushed onto through a member (`file.jobs.push(job)`), appends too;
// a member list kept to its last entries (`history = history.slice(-20)`) is a rolling history of the calls.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import { tool } from 'ai';
import { z } from 'zod';

interface Chore {
  id: string;
  title: string;
  done: boolean;
}

class ChoreStore {
  private chores: Chore[] = [];

  constructor(private readonly file: string) {
    this.load();
  }

  add(title: string): Chore {
    const chore = { id: randomUUID(), title, done: false };
    this.chores.push(chore);
    this.save();
    return chore;
  }

  finish(id: string): void {
    const chore = this.chores.find((c) => c.id === id);
    if (chore) chore.done = true;
    this.save();
  }

  drop(id: string): void {
    this.chores = this.chores.filter((c) => c.id !== id);
    this.save();
  }

  private load(): void {
    if (!existsSync(this.file)) return;
    this.chores = JSON.parse(readFileSync(this.file, 'utf8'));
  }

  private save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.chores, null, 2));
    renameSync(tmp, this.file);
  }
}

const chores = new ChoreStore('data/chores.json');

export const addChore = tool({
  description: 'Add a chore to the list',
  inputSchema: z.object({ title: z.string() }),
  execute: async ({ title }) => chores.add(title), // expect: non-idempotent-tool
});

export const finishChore = tool({
  description: 'Mark a chore as done',
  inputSchema: z.object({ id: z.string() }),
  execute: async ({ id }) => {
    chores.finish(id);
    return 'done';
  },
});

export const dropChore = tool({
  description: 'Remove a chore',
  inputSchema: z.object({ id: z.string() }),
  execute: async ({ id }) => {
    chores.drop(id);
    return 'removed';
  },
});

const REMINDERS = 'data/reminders.json';

function readReminders(): { jobs: Array<{ id: string; at: string; text: string }> } {
  return existsSync(REMINDERS) ? JSON.parse(readFileSync(REMINDERS, 'utf8')) : { jobs: [] };
}

function writeReminders(data: { jobs: Array<{ id: string; at: string; text: string }> }): void {
  writeFileSync(REMINDERS, JSON.stringify(data, null, 2));
}

export const remind = tool({
  description: 'Schedule a reminder',
  inputSchema: z.object({ at: z.string(), text: z.string() }),
  execute: async ({ at, text }) => {
    const file = readReminders();
    file.jobs.push({ id: Date.now().toString(), at, text });
    writeReminders(file); // expect: non-idempotent-tool
    return 'scheduled';
  },
});

export const renameReminder = tool({
  description: 'Change the text of a reminder',
  inputSchema: z.object({ id: z.string(), text: z.string() }),
  execute: async ({ id, text }) => {
    const file = readReminders();
    const job = file.jobs.find((j) => j.id === id);
    if (job) job.text = text;
    writeReminders(file);
    return 'renamed';
  },
});

export const checkIn = tool({
  description: 'Check the reminders and note the check',
  inputSchema: z.object({}),
  execute: async () => {
    const file = readReminders() as ReturnType<typeof readReminders> & { checks?: string[] };
    file.checks = file.checks ?? [];
    file.checks.push(new Date().toISOString());
    if (file.checks.length > 20) file.checks = file.checks.slice(-20);
    writeReminders(file);
    return `${file.jobs.length} reminders`;
  },
});
