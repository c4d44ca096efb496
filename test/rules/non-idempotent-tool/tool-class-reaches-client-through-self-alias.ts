// A LangChain tool built in a class method whose `func` is a plain function: `this` there is not the class, so the
// code keeps it as `const self = this`. The client behind `self.api` is the class's field, typed with the vendor's
// client class: posting a message writes again on every call; listing messages through the same alias reads.
import { DynamicStructuredTool } from '@langchain/core/tools';
import type { ChatSpaceClient } from '@chatspace/node';
import { z } from 'zod';

export class MessageTools {
  protected api: ChatSpaceClient;

  constructor(config: { api: ChatSpaceClient }) {
    this.api = config.api;
  }

  sendMessageTool() {
    const self = this;
    return new DynamicStructuredTool({
      name: 'send_message',
      description: 'Post a message in a discussion',
      schema: z.object({ discussionId: z.string(), text: z.string() }),
      func: async function ({ discussionId, text }) {
        const sent = await self.api.messages.sendMessage({ discussionId, text }); // expect: non-idempotent-tool
        return JSON.stringify(sent);
      },
    });
  }

  listMessagesTool() {
    const self = this;
    return new DynamicStructuredTool({
      name: 'list_messages',
      description: 'List the messages of a discussion',
      schema: z.object({ discussionId: z.string() }),
      func: async function ({ discussionId }) {
        return JSON.stringify(await self.api.messages.list({ discussionId }));
      },
    });
  }
}
