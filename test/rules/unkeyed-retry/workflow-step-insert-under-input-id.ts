// Test corpus README questions 15 and 19: an insert whose id comes from the input (a client-chosen message id) is a
// key the database keeps unique — a retried step is refused there, so neither that insert nor the writes after it in
// the same helper run twice: clean. An insert with no id (the server makes one) or with an id made by a call
// (`generateId()`, which may be fresh) is new on every attempt: a finding at the step's call.
import { drizzle } from 'drizzle-orm/node-postgres';
import { pgTable, text } from 'drizzle-orm/pg-core';
import { v7 as uuidv7 } from 'uuid';

const messages = pgTable('messages', { id: text('id').primaryKey(), chatId: text('chat_id'), role: text('role') });
const parts = pgTable('parts', { id: text('id').primaryKey(), messageId: text('message_id'), text: text('text') });
const db = drizzle(process.env.DATABASE_URL!);

declare function generateId(): string;

async function insertParts(messageId: string, texts: string[]) {
  await db.insert(parts).values(texts.map((t) => ({ id: uuidv7(), messageId, text: t })));
}

async function persistMessage(chatId: string, message: { id: string; role: string; texts: string[] }) {
  await db.insert(messages).values({ id: message.id, chatId, role: message.role });
  await insertParts(message.id, message.texts);
}

export async function persistUserMessage(chatId: string, message: { id: string; role: string; texts: string[] }) {
  'use step';
  await persistMessage(chatId, message);
}

export async function createAssistantMessage(chatId: string) {
  'use step';
  const [row] = await db.insert(messages).values({ chatId, role: 'assistant' }).returning({ id: messages.id }); // expect: unkeyed-retry
  return row!.id;
}

export async function createGeneratedMessage(chatId: string) {
  'use step';
  await db.insert(messages).values({ id: generateId(), chatId, role: 'system' }); // expect: unkeyed-retry
}

export async function persistParts(messageId: string, texts: string[]) {
  'use step';
  await insertParts(messageId, texts); // expect: unkeyed-retry
}
