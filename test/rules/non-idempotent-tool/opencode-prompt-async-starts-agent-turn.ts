// @opencode-ai/sdk: session.promptAsync stores a new user message in the session and starts the coding agent on it;
// a repeated tool call stores and runs it twice, and session.create makes another session under a fresh id. With a `messageID` taken from the tool's input the server keeps
// one message under that id; reading the session's messages is a read.
import { createOpencodeClient } from '@opencode-ai/sdk/v2';
import { tool } from 'ai';
import { z } from 'zod';

const opencode = createOpencodeClient({ baseUrl: 'http://127.0.0.1:4096' });

export const codingTools = {
  delegate: tool({
    description: 'Hand a coding task to the OpenCode session',
    inputSchema: z.object({ sessionId: z.string(), task: z.string() }),
    execute: async ({ sessionId, task }) => {
      await opencode.session.promptAsync({ sessionID: sessionId, parts: [{ type: 'text', text: task }] }); // expect: non-idempotent-tool
      return 'started';
    },
  }),
  delegateOnce: tool({
    description: 'Hand a coding task to the OpenCode session under the id of the request',
    inputSchema: z.object({ sessionId: z.string(), requestId: z.string(), task: z.string() }),
    execute: async ({ sessionId, requestId, task }) => {
      await opencode.session.promptAsync({ sessionID: sessionId, messageID: requestId, parts: [{ type: 'text', text: task }] });
      return 'started';
    },
  }),
  newSession: tool({
    description: 'Open a new OpenCode session',
    inputSchema: z.object({ title: z.string() }),
    execute: async ({ title }) => {
      const session = await opencode.session.create({ title }); // expect: non-idempotent-tool
      return session.data?.id ?? 'failed';
    },
  }),
  history: tool({
    description: 'Read the messages of an OpenCode session',
    inputSchema: z.object({ sessionId: z.string() }),
    execute: async ({ sessionId }) => {
      const messages = await opencode.session.messages({ sessionID: sessionId });
      return JSON.stringify(messages.data ?? []);
    },
  }),
};
