// A chat service whose model request is an abstract method each provider's subclass implements: `chat()` calls
// the model through `this.makeRequest(…)` and calls itself after every tool call, with no depth bound — a finding
// at the self-call. A pager whose abstract page fetch is implemented with a plain GET is not an agent, and a planner
// that re-asks only through a retry counter whose `use()` throws once the retries are spent is bounded: both clean.
import OpenAI from 'openai';

declare function runTool(call: string): Promise<string>;

abstract class ChatService {
  protected abstract makeRequest(messages: string[]): Promise<string>;

  async chat(messages: string[]): Promise<string> {
    const reply = await this.makeRequest(messages);
    if (reply.startsWith('TOOL:')) {
      const result = await runTool(reply.slice(5));
      return this.chat([...messages, reply, result]); // expect: unbounded-agent-loop
    }
    return reply;
  }
}

export class OpenAIChatService extends ChatService {
  private readonly client = new OpenAI({ timeout: 30_000 });

  protected async makeRequest(messages: string[]): Promise<string> {
    const completion = await this.client.chat.completions.create({
      model: 'gpt-4.1',
      messages: messages.map((content) => ({ role: 'user' as const, content })),
    });
    return completion.choices[0]?.message.content ?? '';
  }
}

abstract class Pager {
  protected abstract fetchPage(page: number): Promise<{ items: string[]; next?: number }>;

  async loadAll(page = 1, found: string[] = []): Promise<string[]> {
    const { items, next } = await this.fetchPage(page);
    return next === undefined ? [...found, ...items] : this.loadAll(next, [...found, ...items]);
  }
}

export class IssuePager extends Pager {
  protected async fetchPage(page: number) {
    const response = await fetch(`https://tracker.example.com/api/issues?page=${page}`, { signal: AbortSignal.timeout(10_000) });
    return (await response.json()) as { items: string[]; next?: number };
  }
}

/** Counts retries and throws once they are spent. */
class RetryCounter {
  private remaining: number;
  constructor(max: number) {
    this.remaining = max;
  }
  use(error: Error): void {
    this.remaining--;
    if (this.remaining < 0) throw error;
  }
}

abstract class Planner {
  private readonly errors = new RetryCounter(3);

  protected abstract makeRequest(goal: string): Promise<string>;

  async plan(goal: string): Promise<string> {
    const reply = await this.makeRequest(goal);
    if (!reply.startsWith('PLAN:')) {
      this.errors.use(new Error('no plan in the reply'));
      return this.plan(goal);
    }
    return reply;
  }
}

export class OpenAIPlanner extends Planner {
  private readonly client = new OpenAI({ timeout: 30_000 });

  protected async makeRequest(goal: string): Promise<string> {
    const completion = await this.client.chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'user', content: goal }] });
    return completion.choices[0]?.message.content ?? '';
  }
}
