// Tools handed to agents made with `new`: Workflow DevKit's DurableAgent and the AI SDK's ToolLoopAgent take
// `tools: { name: { description, inputSchema, execute } }` (no `tool()` wrapper). Adding a resource inserts a row:
// reported; looking one up is a read.
import { DurableAgent } from '@workflow/ai/agent';
import { ToolLoopAgent } from 'ai';
import { Pool } from 'pg';
import { z } from 'zod';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function insertResource(content: string) {
  return pool.query('INSERT INTO resources (content) VALUES ($1) RETURNING id', [content]);
}

export async function chat(messages: any[], writable: WritableStream) {
  'use workflow';
  const agent = new DurableAgent({
    model: 'openai/gpt-4.1',
    tools: {
      addResource: {
        description: 'Add a resource to the knowledge base',
        inputSchema: z.object({ content: z.string() }),
        execute: async ({ content }: { content: string }) => {
          await insertResource(content); // expect: non-idempotent-tool
          return 'added';
        },
      },
      findResource: {
        description: 'Find resources about a question',
        inputSchema: z.object({ question: z.string() }),
        execute: async ({ question }: { question: string }) => pool.query('SELECT content FROM resources WHERE content ILIKE $1', [`%${question}%`]),
      },
    },
  });
  await agent.stream({ messages, writable, maxSteps: 10 });
}

export const support = new ToolLoopAgent({
  model: 'openai/gpt-4.1',
  tools: {
    logIssue: {
      description: 'Log a support issue',
      inputSchema: z.object({ summary: z.string() }),
      execute: async ({ summary }: { summary: string }) => {
        await pool.query('INSERT INTO issues (summary) VALUES ($1)', [summary]); // expect: non-idempotent-tool
        return 'logged';
      },
    },
  },
});
