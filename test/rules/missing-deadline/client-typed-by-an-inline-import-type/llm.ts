// The project's own model client: every request carries its deadline.
import Anthropic from '@anthropic-ai/sdk';

export class BoundedModel {
  private readonly anthropic = new Anthropic({ timeout: 20_000 });

  async ask(prompt: string): Promise<string> {
    const reply = await this.anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user', content: prompt }] });
    return reply.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
  }
}
