import Anthropic from '@anthropic-ai/sdk';

export class ClaudeAdapter {
  private readonly client = new Anthropic({ timeout: 60_000 });

  async send(messages: Anthropic.MessageParam[]): Promise<Anthropic.Message> {
    return this.client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages });
  }
}
