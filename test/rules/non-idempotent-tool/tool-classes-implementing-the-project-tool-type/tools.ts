// Tool classes written as the project's `Tool` (`implements Tool`, with a name, a description and a JSON schema beside
// `execute`): each `execute` is a tool handler, wherever the registry that holds the instances is built. A write in a
// private helper the handler calls is reported at that call; a read tool stays clean.
import type { Tool } from './types.js';

const HOOKS = 'https://hooks.example.com';

export class ChannelNotifyTool implements Tool {
  name = 'channel_notify';
  description = 'Post a message to a team channel';
  parameters = { type: 'object', properties: { channel: { type: 'string' }, text: { type: 'string' } }, required: ['channel', 'text'] };

  async execute(args: Record<string, unknown>): Promise<string> {
    const channel = String(args.channel);
    return this.post(channel, String(args.text)); // expect: non-idempotent-tool
  }

  private async post(channel: string, text: string): Promise<string> {
    const res = await fetch(`${HOOKS}/channels/${channel}/messages`, { method: 'POST', body: JSON.stringify({ text }), signal: AbortSignal.timeout(10_000) });
    return String(res.status);
  }
}

export class ChannelHistoryTool implements Tool {
  readonly name = 'channel_history';
  readonly description = 'Read the latest messages of a channel';
  readonly parameters = { type: 'object', properties: { channel: { type: 'string' } }, required: ['channel'] };

  async execute(args: Record<string, unknown>): Promise<string> {
    const res = await fetch(`${HOOKS}/channels/${String(args.channel)}/messages`, { signal: AbortSignal.timeout(10_000) });
    return res.text();
  }
}

// An abstract base leaves the tool to its subclasses: its own `execute` is no tool's handler.
export abstract class HookTool implements Tool {
  abstract name: string;
  abstract description: string;
  parameters = { type: 'object', properties: {} };

  async execute(): Promise<string> {
    const res = await fetch(`${HOOKS}/pings`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
    return String(res.status);
  }
}
