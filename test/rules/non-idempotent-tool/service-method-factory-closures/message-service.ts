import { createServiceMethod } from './method-factory.js';

export const createMessageService = (baseUrl: string) => {
  const sendMessage = createServiceMethod(
    {
      operation: 'write',
      handler: async (input: { channel: string; text: string }, { baseUrl: url }) => {
        const response = await fetch(`${url}/chat.postMessage`, {
          method: 'POST',
          body: JSON.stringify(input),
          signal: AbortSignal.timeout(10_000),
        });
        return response.json();
      },
    },
    baseUrl,
  );

  const listChannels = createServiceMethod(
    {
      operation: 'read',
      handler: async (_input: { limit?: number }, { baseUrl: url }) => {
        const response = await fetch(`${url}/conversations.list`, { signal: AbortSignal.timeout(10_000) });
        return response.json();
      },
    },
    baseUrl,
  );

  // A method written as a local closure and handed back by name: building the service runs none of it.
  const scheduleMessage = async (args: { channel: string; text: string; post_at: number }) => {
    const response = await fetch(`${baseUrl}/chat.scheduleMessage`, {
      method: 'POST',
      body: JSON.stringify(args),
      signal: AbortSignal.timeout(10_000),
    });
    return response.json();
  };

  return { sendMessage, listChannels, scheduleMessage };
};
