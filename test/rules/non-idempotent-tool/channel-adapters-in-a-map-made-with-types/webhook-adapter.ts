// The webhook adapter implements the contract under the name it imports it as.
import type { ChannelAdapter as Adapter } from './types.js';

export default class WebhookAdapter implements Adapter {
  readonly id = 'webhook';

  constructor(private readonly url: string) {}

  async post(channelId: string, text: string): Promise<void> {
    await fetch(`${this.url}/channels/${channelId}/messages`, { method: 'POST', body: JSON.stringify({ text }) });
  }

  async history(channelId: string): Promise<string[]> {
    const response = await fetch(`${this.url}/channels/${channelId}/messages`);
    return (await response.json()) as string[];
  }
}
