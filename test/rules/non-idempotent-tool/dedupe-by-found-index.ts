// A dedupe by the position a lookup finds (`const at = entries.findIndex((e) => e.hash === hash); if (at >= 0) return`)
// skips the write when an earlier call stored the same content: a repeat adds no second entry (test/corpus/README.md
// question 145: Fazmin/GenAgent-style hash-keyed memory). The same file rewritten with an entry pushed and no such
// lookup adds one per call.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tool } from 'ai';
import { z } from 'zod';

interface Entry { id: string; hash: string; content: string }

class MemoryStore {
  private entries: Entry[] = [];

  private load(): void {
    this.entries = JSON.parse(readFileSync('memory.json', 'utf8')) as Entry[];
  }

  private save(): void {
    writeFileSync('memory.json', JSON.stringify(this.entries, null, 2));
  }

  add(content: string): string {
    this.load();
    const hash = createHash('sha256').update(content).digest('hex').slice(0, 16);
    const existingIndex = this.entries.findIndex((e) => e.hash === hash);
    if (existingIndex >= 0) {
      this.entries[existingIndex]!.content = content;
      this.save();
      return this.entries[existingIndex]!.id;
    }
    const entry = { id: `mem_${hash}`, hash, content };
    this.entries.push(entry);
    this.save();
    return entry.id;
  }

  note(content: string): string {
    this.load();
    const entry = { id: `note_${Date.now()}`, hash: '', content };
    this.entries.push(entry);
    this.save();
    return entry.id;
  }
}

const memory = new MemoryStore();

export const memoryTools = {
  memorySave: tool({
    description: 'Save a memory',
    inputSchema: z.object({ content: z.string() }),
    execute: async ({ content }) => memory.add(content),
  }),
  noteSave: tool({
    description: 'Save a note',
    inputSchema: z.object({ content: z.string() }),
    execute: async ({ content }) => memory.note(content), // expect: non-idempotent-tool
  }),
};
