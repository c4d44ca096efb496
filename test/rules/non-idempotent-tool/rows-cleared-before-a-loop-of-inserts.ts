// A tool that clears a document's chunks and inserts the new ones in a loop over the list converges: a repeat deletes
// what the first call inserted before inserting it again. So does the counted form over the list's length. Clearing
// another table first protects nothing: each call adds the chunks again. (The deletes themselves remove known rows: low.)
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { PrismaClient } from '@prisma/client';
import { z } from 'zod';

const prisma = new PrismaClient();
const server = new McpServer({ name: 'library', version: '1.0.0' });

const split = (text: string) => text.match(/[\s\S]{1,800}/g) ?? [];

server.tool('reindex_document', 'Split a document into chunks again', { documentId: z.string(), text: z.string() }, async ({ documentId, text }) => {
  await prisma.chunk.deleteMany({ where: { documentId } }); // expect: non-idempotent-tool confidence=low
  for (const content of split(text)) {
    await prisma.chunk.create({ data: { documentId, content } });
  }
  return { content: [{ type: 'text', text: 'reindexed' }] };
});

server.tool('reindex_numbered', 'Split a document into numbered chunks again', { documentId: z.string(), text: z.string() }, async ({ documentId, text }) => {
  const parts = split(text);
  await prisma.chunk.deleteMany({ where: { documentId } }); // expect: non-idempotent-tool confidence=low
  for (let i = 0; i < parts.length; i++) {
    await prisma.chunk.create({ data: { documentId, content: parts[i]!, index: i } });
  }
  return { content: [{ type: 'text', text: 'reindexed' }] };
});

server.tool('append_chunks', 'Add a document\'s chunks', { documentId: z.string(), text: z.string() }, async ({ documentId, text }) => {
  await prisma.tag.deleteMany({ where: { documentId } }); // expect: non-idempotent-tool confidence=low
  for (const content of split(text)) {
    await prisma.chunk.create({ data: { documentId, content } }); // expect: non-idempotent-tool
  }
  return { content: [{ type: 'text', text: 'added' }] };
});

export { server };
