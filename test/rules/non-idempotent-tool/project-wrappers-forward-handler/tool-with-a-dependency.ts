// A factory that defines a tool of its own (its name and description written here) and calls a function it is
// given is not a registration wrapper: the tool's handler is its own `func`, and the function passed in is a
// dependency it calls. The caller's function is not itself a tool handler; its POST is the tool's write, reported at
// the tool's call to it (the function every caller of the factory passes).
import { DynamicStructuredTool } from '@langchain/core/tools';
import { z } from 'zod';

export const createPostMessageTool = (postMessage: (channel: string, text: string) => Promise<unknown>) =>
  new DynamicStructuredTool({
    name: 'post_message',
    description: 'Post a message to a channel',
    schema: z.object({ channel: z.string(), text: z.string() }),
    func: async ({ channel, text }) => {
      const result = await postMessage(channel, text); // expect: non-idempotent-tool
      return JSON.stringify(result);
    },
  });

export const createChatTools = (token: string) => {
  const postMessage = async (channel: string, text: string) => {
    const response = await fetch('https://chat.example.com/api/messages', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ channel, text }),
      signal: AbortSignal.timeout(10_000),
    });
    return response.json();
  };
  return [createPostMessageTool(postMessage)];
};
