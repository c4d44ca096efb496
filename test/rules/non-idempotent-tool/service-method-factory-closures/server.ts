// The tools dispatch by name to service methods that one factory built: only the write tools report (the
// handler's POST reached through the factory's closure, the local closure's POST); the read tool's closure
// calls its own handler only, and building the registry lazily runs no handler.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { createMessageService } from './message-service.js';
import { SlackService } from './slack-service.js';

class ChatServer {
  private server = new Server({ name: 'chat', version: '1.0.0' }, { capabilities: { tools: {} } });
  private service = createMessageService('https://chat.example.com/api');
  private slack = new SlackService();

  constructor() {
    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      const { name, arguments: args } = request.params;
      const result = await this.execute(name, args);
      return { content: [{ type: 'text', text: JSON.stringify(result) }] };
    });
  }

  private async execute(name: string, args: unknown) {
    switch (name) {
      case 'send_message':
        return await this.service.sendMessage(args); // expect: non-idempotent-tool
      case 'list_channels':
        return await this.service.listChannels(args);
      case 'slack_send_message':
        return await this.slack.sendMessage(args);
      case 'slack_list_channels':
        return await this.slack.listChannels(args);
      case 'slack_schedule_message':
        return await this.slack.scheduleMessage(args as { channel: string; text: string; post_at: number });
      default:
        throw new Error(`Unknown tool: ${name}`);
    }
  }
}

export const chatServer = new ChatServer();
