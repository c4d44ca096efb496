// A Telegram file read by forwarding the message to the same chat and deleting the copy once its file id is read: the
// copy lives for a moment and is gone when the helper returns, so a repeated tool call leaves nothing twice. Near-misses:
// a forward kept (a new message each call), and a copy deleted only on one branch.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { Bot } from 'grammy';
import { z } from 'zod';

const bot = new Bot(process.env.BOT_TOKEN!);
const server = new McpServer({ name: 'telegram-files', version: '1.0.0' });

async function fileIdOf(chatId: number, messageId: number): Promise<string> {
  const copy = await bot.api.forwardMessage(chatId, chatId, messageId);
  const fileId = copy.document?.file_id ?? copy.photo?.at(-1)?.file_id;
  if (!fileId) throw new Error(`message ${messageId} holds no file`);
  await bot.api.deleteMessage(chatId, copy.message_id);
  return fileId;
}

async function shareFile(chatId: number, toChatId: number, messageId: number) {
  const copy = await bot.api.forwardMessage(toChatId, chatId, messageId);
  return copy.message_id;
}

async function peekFile(chatId: number, messageId: number, keep: boolean) {
  const copy = await bot.api.forwardMessage(chatId, chatId, messageId);
  if (!keep) {
    await bot.api.deleteMessage(chatId, copy.message_id);
  }
  return copy.document?.file_id;
}

server.tool('file_id', { chatId: z.number(), messageId: z.number() }, async ({ chatId, messageId }) => ({
  content: [{ type: 'text', text: await fileIdOf(chatId, messageId) }],
}));

server.tool('share_file', { chatId: z.number(), toChatId: z.number(), messageId: z.number() }, async ({ chatId, toChatId, messageId }) => ({
  content: [{ type: 'text', text: String(await shareFile(chatId, toChatId, messageId)) }], // expect: non-idempotent-tool
}));

server.tool('peek_file', { chatId: z.number(), messageId: z.number(), keep: z.boolean() }, async ({ chatId, messageId, keep }) => ({
  content: [{ type: 'text', text: String(await peekFile(chatId, messageId, keep)) }], // expect: non-idempotent-tool
}));
