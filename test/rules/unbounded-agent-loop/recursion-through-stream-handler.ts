// Recursion one step removed: the stream handler runs the tool the model asked for and starts the next
// request, whose handler is the same function — only the model's tool-free answer ends it. The twin
// passes a depth along and stops at a maximum.
import Anthropic from '@anthropic-ai/sdk';

const MAX_ROUNDS = 8;

export class StreamingChat {
  private readonly anthropic = new Anthropic({ timeout: 60_000 });
  private readonly history: Anthropic.MessageParam[] = [];

  async ask(question: string): Promise<void> {
    this.history.push({ role: 'user', content: question });
    await this.request();
  }

  private async handleStream(stream: AsyncIterable<Anthropic.RawMessageStreamEvent>): Promise<void> {
    for await (const event of stream) {
      if (event.type !== 'content_block_start' || event.content_block.type !== 'tool_use') continue;
      const block = event.content_block;
      this.history.push({ role: 'assistant', content: [block] });
      this.history.push({ role: 'user', content: [{ type: 'tool_result', tool_use_id: block.id, content: 'done' }] });
      await this.request(); // expect: unbounded-agent-loop
    }
  }

  private async request(): Promise<void> {
    const stream = await this.anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: this.history, stream: true });
    await this.handleStream(stream);
  }
}

export class BoundedStreamingChat {
  private readonly anthropic = new Anthropic({ timeout: 60_000 });
  private readonly history: Anthropic.MessageParam[] = [];

  private async handleStream(stream: AsyncIterable<Anthropic.RawMessageStreamEvent>, round: number): Promise<void> {
    for await (const event of stream) {
      if (event.type !== 'content_block_start' || event.content_block.type !== 'tool_use') continue;
      const block = event.content_block;
      this.history.push({ role: 'assistant', content: [block] });
      this.history.push({ role: 'user', content: [{ type: 'tool_result', tool_use_id: block.id, content: 'done' }] });
      if (round < MAX_ROUNDS) await this.request(round + 1);
    }
  }

  private async request(round: number): Promise<void> {
    const stream = await this.anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: this.history, stream: true });
    await this.handleStream(stream, round);
  }
}

/** The way back is bounded in the sibling: `request()` recurses into the handler only while rounds remain. */
export class SiblingBoundedChat {
  private readonly anthropic = new Anthropic({ timeout: 60_000 });
  private readonly history: Anthropic.MessageParam[] = [];
  private rounds = 0;

  private async handleStream(stream: AsyncIterable<Anthropic.RawMessageStreamEvent>): Promise<void> {
    for await (const event of stream) {
      if (event.type !== 'content_block_start' || event.content_block.type !== 'tool_use') continue;
      this.history.push({ role: 'assistant', content: [event.content_block] });
      await this.request();
    }
  }

  private async request(): Promise<void> {
    if (++this.rounds > MAX_ROUNDS) throw new Error(`still calling tools after ${MAX_ROUNDS} rounds`);
    const stream = await this.anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: this.history, stream: true });
    await this.handleStream(stream);
  }
}
