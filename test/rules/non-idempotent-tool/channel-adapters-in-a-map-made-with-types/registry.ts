// Adapters are kept in a map written with its types where it is made; the registry looks one up by channel kind.
import type { ChannelAdapter } from './types.js';

export class ChannelRegistry {
  private adapters = new Map<string, ChannelAdapter>();

  register(adapter: ChannelAdapter): void {
    this.adapters.set(adapter.id, adapter);
  }

  async post(kind: string, channelId: string, text: string): Promise<void> {
    const adapter = this.adapters.get(kind);
    if (!adapter) throw new Error(`no adapter for ${kind}`);
    await adapter.post(channelId, text);
  }

  async history(kind: string, channelId: string): Promise<string[]> {
    const adapter = this.adapters.get(kind);
    if (!adapter) throw new Error(`no adapter for ${kind}`);
    return adapter.history(channelId);
  }
}
