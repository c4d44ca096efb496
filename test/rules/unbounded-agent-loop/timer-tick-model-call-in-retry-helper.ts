// A heartbeat on a timer whose model call sits in the provider's counted retry loop (`for (attempt …) { try {
// return await create(…) } catch … }`): the retry runs on every tick like the call itself, so every tick runs
// the model on what earlier ticks did (question 22). Twin: a tick whose helper calls the model once per message
// it fetched (a loop over `inbox.length`): question 18's poller, clean.
import Anthropic from '@anthropic-ai/sdk';

class Provider {
  private readonly client = new Anthropic({ timeout: 60_000 });
  private readonly maxRetries = 3;

  async complete(prompt: string): Promise<string> {
    let lastError: unknown;
    for (let attempt = 0; attempt < this.maxRetries; attempt++) {
      try {
        const reply = await this.client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user', content: prompt }] });
        return reply.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  }

  async answerFirst(inbox: string[]): Promise<string> {
    for (let i = 0; i < inbox.length; i++) {
      try {
        const reply = await this.client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user', content: inbox[i]! }] });
        return reply.id;
      } catch {
        // the next message
      }
    }
    return '';
  }
}

export class Heartbeat {
  private readonly provider = new Provider();
  private notes = '';

  start(): void {
    setInterval(() => this.tick(), 30 * 60 * 1000); // expect: unbounded-agent-loop
  }

  private async tick(): Promise<void> {
    const answer = await this.provider.complete(`Checklist and your notes so far:\n${this.notes}`);
    this.notes += answer;
  }
}

export class InboxPoller {
  private readonly provider = new Provider();

  start(fetchInbox: () => Promise<string[]>): void {
    setInterval(async () => {
      const inbox = await fetchInbox();
      await this.provider.answerFirst(inbox);
    }, 60_000);
  }
}
