// A CallTool switch in a class that holds one handlers object per group of tools (`this.channelHandlers`,
// `this.memberHandlers`), each case handing the call's arguments to that object's method for its tool: the method,
// which answers the call itself, is the tool's handler (corpus README questions 84, 105), its write reported in its
// body. A service the class holds (`this.digests`) whose method also answers the call stays a helper: its write is
// reported at the case that calls it.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';

const API = 'https://chat.example.com/api';

class ChannelHandlers {
  async handlePostMessage(args: { channel: string; text: string }) {
    if (!args.channel) throw new Error('pick a channel first');
    await fetch(`${API}/channels/${args.channel}/messages`, { method: 'POST', body: JSON.stringify({ text: args.text }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: `posted to #${args.channel}` }] };
  }

  async handleListChannels() {
    const response = await fetch(`${API}/channels`, { signal: AbortSignal.timeout(10_000) });
    return { content: [{ type: 'text', text: await response.text() }] };
  }
}

class MemberHandlers {
  async handleListMembers(args: { channel: string }) {
    const response = await fetch(`${API}/channels/${args.channel}/members`, { signal: AbortSignal.timeout(10_000) });
    return { content: [{ type: 'text', text: await response.text() }] };
  }

  async handleInviteMember(args: { channel: string; user: string }) {
    await fetch(`${API}/channels/${args.channel}/invites`, { method: 'POST', body: JSON.stringify({ user: args.user }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: `invited ${args.user}` }] };
  }
}

class DigestService {
  async sendDigest(args: { channel: string }) {
    await fetch(`${API}/channels/${args.channel}/digest`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
    return { content: [{ type: 'text', text: 'digest sent' }] };
  }

  async previewDigest(args: { channel: string }) {
    const response = await fetch(`${API}/channels/${args.channel}/digest`, { signal: AbortSignal.timeout(10_000) });
    return { content: [{ type: 'text', text: await response.text() }] };
  }
}

export class ChatServer {
  private readonly server = new Server({ name: 'chat', version: '1.0.0' }, { capabilities: { tools: {} } });
  private readonly channelHandlers = new ChannelHandlers();
  private readonly memberHandlers = new MemberHandlers();
  private readonly digests = new DigestService();

  constructor() {
    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      const { name, arguments: args } = request.params;
      switch (name) {
        case 'post_message':
          return await this.channelHandlers.handlePostMessage(args as { channel: string; text: string });
        case 'list_channels':
          return await this.channelHandlers.handleListChannels();
        case 'list_members':
          return await this.memberHandlers.handleListMembers(args as { channel: string });
        case 'invite_member':
          return await this.memberHandlers.handleInviteMember(args as { channel: string; user: string });
        case 'send_digest':
          return await this.digests.sendDigest(args as { channel: string }); // expect: non-idempotent-tool
        case 'preview_digest':
          return await this.digests.previewDigest(args as { channel: string });
        default:
          throw new Error(`Unknown tool: ${name}`);
      }
    });
  }
}
