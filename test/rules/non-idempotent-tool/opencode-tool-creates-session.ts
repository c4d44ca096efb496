// An AI SDK tool that opens a new OpenCode session on every call: `session.create` makes a session under a fresh id, so a
// re-run of the tool call leaves a second one (test/corpus/README.md question 15). The OpenCode SDK is known for its
// agent run (`session.prompt`), which does not make the rest of its client known: its other methods are still read by
// their names like any server's client. Clean: a tool that only reads a session's messages.
import { generateText, stepCountIs, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import { createOpencodeClient } from '@opencode-ai/sdk';
import { z } from 'zod';

const opencode = createOpencodeClient({ baseUrl: 'http://127.0.0.1:4096' });

export async function runDesk(prompt: string) {
  return generateText({
    model: openai('gpt-4.1'),
    timeout: 60_000,
    stopWhen: stepCountIs(5),
    prompt,
    tools: {
      openChat: tool({
        description: 'Open a new coding chat',
        inputSchema: z.object({ title: z.string() }),
        execute: async ({ title }) => {
          const session = await opencode.session.create({ body: { title } }); // expect: non-idempotent-tool
          return { id: session.data?.id };
        },
      }),
      readChat: tool({
        description: 'Read the messages of a chat',
        inputSchema: z.object({ id: z.string() }),
        execute: async ({ id }) => {
          const messages = await opencode.session.messages({ path: { id } });
          return messages.data ?? [];
        },
      }),
    },
  });
}
