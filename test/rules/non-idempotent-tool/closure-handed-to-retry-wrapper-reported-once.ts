// A create the handler writes in a closure and hands to the project's own retry wrapper is reported once, at the
// create (test/corpus/README.md questions 79 and 161) — whether the closure is written in the wrapper's call or held
// in a `const` the handler declares and the wrapper's arrow calls, directly or through a concurrency gate that runs it.
// Not a second time at the wrapper's call, which reaches the same create through the closure. The near miss: a create
// in a named helper function the handler calls stays at the handler's call to that helper (question 72).
import { LinearClient } from '@linear/sdk';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const linear = new LinearClient({ apiKey: process.env.LINEAR_API_KEY! });
const server = new McpServer({ name: 'tracker', version: '1.0.0' });

function isThrottled(error: unknown): boolean {
  return String((error as Error)?.message).includes('429');
}

async function withRetry<T>(fn: () => Promise<T>, tries = 3): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!isThrottled(error) || attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 250));
    }
  }
}

let running = 0;
async function gate<T>(task: () => Promise<T>): Promise<T> {
  while (running >= 2) await new Promise((resolve) => setTimeout(resolve, 50));
  running++;
  try {
    return await task();
  } finally {
    running--;
  }
}

async function postNote(issueId: string, body: string) {
  return linear.createComment({ issueId, body });
}

server.tool('add_comment', { issueId: z.string(), body: z.string() }, async ({ issueId, body }) => {
  const payload = await withRetry(() => linear.createComment({ issueId, body })); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: String(payload.success) }] };
});

server.tool('open_issue', { teamId: z.string(), title: z.string(), queued: z.boolean() }, async ({ teamId, title, queued }) => {
  const call = () =>
    linear.createIssue({ teamId, title }); // expect: non-idempotent-tool
  const payload = await withRetry(() => (queued ? gate(call) : call()));
  return { content: [{ type: 'text', text: String(payload.success) }] };
});

server.tool('start_project', { teamId: z.string(), name: z.string() }, async ({ teamId, name }) => {
  const call = () => linear.createProject({ teamIds: [teamId], name }); // expect: non-idempotent-tool
  const payload = await withRetry(() => call());
  return { content: [{ type: 'text', text: String(payload.success) }] };
});

server.tool('add_note', { issueId: z.string(), body: z.string() }, async ({ issueId, body }) => {
  const payload = await postNote(issueId, body); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: String(payload.success) }] };
});
