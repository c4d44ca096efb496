// The service the tools call builds its registry lazily on first use: building it runs none of the handlers
// the factories were given, so a read method that builds the registry does not reach their writes.
import { createMessageService } from './message-service.js';

export class SlackService {
  private registry: ReturnType<typeof createMessageService> | undefined;

  private getRegistry() {
    if (!this.registry) this.registry = createMessageService('https://chat.example.com/api');
    return this.registry;
  }

  async sendMessage(args: unknown) {
    return this.getRegistry().sendMessage(args); // expect: non-idempotent-tool
  }

  async listChannels(args: unknown) {
    return this.getRegistry().listChannels(args);
  }

  async scheduleMessage(args: { channel: string; text: string; post_at: number }) {
    return this.getRegistry().scheduleMessage(args); // expect: non-idempotent-tool
  }
}
