// A helper that looks the name up and refuses a second record with a message saying it exists already is a dedupe,
// whatever language the message is written in: here Chinese ("已存在", "already exists") and Japanese ("既に存在します").
// A refusal for another reason ("名称不能为空", "the name may not be empty") is a validation, not a dedupe.
import { tool } from 'ai';
import { z } from 'zod';
import Database from 'better-sqlite3';

const db = new Database('/var/data/app.db');

function findProject(name: string) {
  return db.prepare('SELECT * FROM projects WHERE name = ?').get(name);
}

function createProject(name: string, owner: string) {
  if (findProject(name)) {
    throw new Error(`项目 "${name}" 已存在`);
  }
  db.prepare('INSERT INTO projects (name, owner) VALUES (?, ?)').run(name, owner);
}

function createBoard(name: string) {
  if (db.prepare('SELECT id FROM boards WHERE name = ?').get(name)) throw new Error(`ボード「${name}」は既に存在します`);
  db.prepare('INSERT INTO boards (name) VALUES (?)').run(name);
}

function createNote(title: string) {
  if (!title.trim()) throw new Error('名称不能为空');
  db.prepare('INSERT INTO notes (title) VALUES (?)').run(title);
}

export const newProject = tool({
  description: 'Create a project',
  inputSchema: z.object({ name: z.string(), owner: z.string() }),
  execute: async ({ name, owner }) => createProject(name, owner),
});

export const newBoard = tool({
  description: 'Create a board',
  inputSchema: z.object({ name: z.string() }),
  execute: async ({ name }) => createBoard(name),
});

export const newNote = tool({
  description: 'Create a note',
  inputSchema: z.object({ title: z.string() }),
  execute: async ({ title }) => createNote(title), // expect: non-idempotent-tool
});
