// Dedupes the engine must see (RULES.md: "a dedupe skips the write when a lookup finds the record"):
// - a notes file read back before the append, the append skipped when the normalized note is already there; the
//   outer `existsSync(file)` only skips the check on the first call, whose append makes what a repeat reads;
// - `found ?? (await create(…))`: the create runs only when the lookup on the input's fields found nothing.
// Near-misses: a content check made only for short notes (a long note is appended again on a repeat), and a
// `??` whose left side is the caller's own value, not a lookup.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PrismaClient } from '@prisma/client';
import { tool } from 'ai';
import { z } from 'zod';

const prisma = new PrismaClient();
const NOTES_DIR = process.env.NOTES_DIR ?? './notes';

class Notebook {
  constructor(private readonly dir: string) {}

  add(topic: string, note: string): boolean {
    mkdirSync(this.dir, { recursive: true });
    const file = join(this.dir, `${topic}.md`);
    const canonical = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
    const wanted = canonical(note);
    if (wanted.length > 0 && existsSync(file)) {
      const existing = readFileSync(file, 'utf8');
      if (canonical(existing).includes(wanted)) return true;
    }
    appendFileSync(file, `- ${note.trim()}\n`);
    return true;
  }

  addShort(topic: string, note: string): boolean {
    const file = join(this.dir, `${topic}.md`);
    if (note.length < 80) {
      const existing = readFileSync(file, 'utf8');
      if (existing.includes(note)) return true;
    }
    appendFileSync(file, `- ${note}\n`);
    return true;
  }
}

const notebook = new Notebook(NOTES_DIR);

export const saveNote = tool({
  description: 'Remember a note under a topic',
  inputSchema: z.object({ topic: z.string(), note: z.string() }),
  execute: async ({ topic, note }) => notebook.add(topic, note),
});

export const saveShortNote = tool({
  description: 'Remember a note, checking short ones for repeats',
  inputSchema: z.object({ topic: z.string(), note: z.string() }),
  execute: async ({ topic, note }) => notebook.addShort(topic, note), // expect: non-idempotent-tool
});

async function addContactAddress(contactId: string, street: string, city: string) {
  const matching = await prisma.address.findFirst({ where: { contactId, street, city } });
  const address = matching ?? (await prisma.address.create({ data: { contactId, street, city } }));
  return address.id;
}

async function addContactPhone(contactId: string, number: string, previousId?: string) {
  const phone = previousId ?? (await prisma.phone.create({ data: { contactId, number } })).id;
  return phone;
}

export const addAddress = tool({
  description: 'Add a postal address to a contact',
  inputSchema: z.object({ contactId: z.string(), street: z.string(), city: z.string() }),
  execute: async ({ contactId, street, city }) => addContactAddress(contactId, street, city),
});

export const addPhone = tool({
  description: 'Add a phone number to a contact',
  inputSchema: z.object({ contactId: z.string(), number: z.string(), previousId: z.string().optional() }),
  execute: async ({ contactId, number, previousId }) => addContactPhone(contactId, number, previousId), // expect: non-idempotent-tool
});
