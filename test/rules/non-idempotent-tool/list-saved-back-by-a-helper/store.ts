// A list of feedback notes kept whole in one JSON file: a loader reads it, a saver writes the list it is handed back
// whole. Whether a save appends is decided by what each caller hands the saver (README question 65).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

export interface Note { id: string; text: string }

function notesPath(): string {
  return '/var/lib/desk/notes.json';
}

function loadNotes(): Note[] {
  const path = notesPath();
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf-8')) as Note[]) : [];
}

function saveNotes(notes: Note[]): void {
  writeFileSync(notesPath(), JSON.stringify(notes, null, 2), 'utf-8');
}

/** One more note under a fresh id on every call. */
export function addNote(text: string): Note {
  const note = { id: randomUUID(), text };
  const notes = loadNotes();
  notes.push(note);
  saveNotes(notes);
  return note;
}

/** The list without the note: a repeat removes nothing more. */
export function removeNote(id: string): void {
  saveNotes(loadNotes().filter((n) => n.id !== id));
}

/** The list replaced by the one given. */
export function replaceNotes(notes: Note[]): void {
  saveNotes(notes);
}

/** A list built afresh: the same file every time. */
export function resetNotes(): void {
  saveNotes([{ id: 'welcome', text: 'Welcome to the desk' }]);
}
