// Tools that save memories (AI SDK and Convex Agent `createTool` tools): supermemory's `add`/`documents.add` and
// @convex-dev/rag's `rag.add` make a new document
// or entry on every call — reported. With a `customId` (supermemory) or a `key` (RAG) derived from the input, a repeat
// replaces the same document: clean. Searching is a read.
import { createTool } from '@convex-dev/agent';
import { RAG } from '@convex-dev/rag';
import { openai } from '@ai-sdk/openai';
import { tool } from 'ai';
import Supermemory from 'supermemory';
import { z } from 'zod';

const memory = new Supermemory({ apiKey: process.env.SUPERMEMORY_API_KEY });
const rag = new RAG({} as never, { textEmbeddingModel: openai.embedding('text-embedding-3-small'), embeddingDimension: 1536 });

export const saveMemory = tool({
  description: 'Remember a fact about the user',
  inputSchema: z.object({ fact: z.string() }),
  execute: async ({ fact }) => {
    const saved = await memory.add({ content: fact, containerTags: ['user'] }); // expect: non-idempotent-tool
    return saved.id;
  },
});

export const saveNote = tool({
  description: 'Save a note document',
  inputSchema: z.object({ title: z.string(), body: z.string() }),
  execute: async ({ title, body }) => {
    const saved = await memory.documents.add({ content: `${title}\n${body}` }); // expect: non-idempotent-tool
    return saved.id;
  },
});

export const saveNamedNote = tool({
  description: 'Save a note under its slug (saving again replaces it)',
  inputSchema: z.object({ slug: z.string(), body: z.string() }),
  execute: async ({ slug, body }) => {
    const saved = await memory.documents.add({ content: body, customId: slug });
    return saved.id;
  },
});

export const recall = tool({
  description: 'Search memories',
  inputSchema: z.object({ query: z.string() }),
  execute: async ({ query }) => memory.search.documents({ q: query }),
});

export function ragTools(ctx: any) {
  return {
    addContext: tool({
      description: 'Store some context for later questions',
      inputSchema: z.object({ text: z.string() }),
      execute: async ({ text }) => {
        await rag.add(ctx, { namespace: 'global', text }); // expect: non-idempotent-tool
        return 'stored';
      },
    }),
    addFact: createTool({
      description: 'Store a fact (Convex Agent tool)',
      inputSchema: z.object({ fact: z.string() }),
      execute: async (toolCtx: any, input: { fact: string }) => {
        await rag.add(toolCtx, { namespace: 'facts', text: input.fact }); // expect: non-idempotent-tool
        return 'stored';
      },
    }),
    addPage: tool({
      description: 'Store a page by its URL (storing it again replaces it)',
      inputSchema: z.object({ url: z.string(), text: z.string() }),
      execute: async ({ url, text }) => {
        await rag.add(ctx, { namespace: 'global', key: url, text });
        return 'stored';
      },
    }),
  };
}
