// The clients are reached through fields holding a project class instance: a field initialiser, a
// constructor parameter property typed with the project class, and `this.x = new …` in a constructor.
// Calls on the untimed clients have no explicit deadline; the getter that sets a timeout is clean.
import { LlmGateway } from './gateway.js';

export class Planner {
  private gateway = new LlmGateway();

  async plan(goal: string) {
    const steps = await this.gateway.openai.chat.completions.create({ // expect: missing-deadline severity=warn
      model: 'gpt-5-mini',
      messages: [{ role: 'user', content: `Plan: ${goal}` }],
    });
    return steps.choices[0]?.message.content;
  }
}

export class Critic {
  constructor(private readonly llm: LlmGateway) {}

  async critique(plan: string) {
    const verdict = await this.llm.anthropic.messages.create({ // expect: missing-deadline severity=warn
      model: 'claude-sonnet-4-5',
      max_tokens: 300,
      messages: [{ role: 'user', content: plan }],
    });
    const check = await this.llm.timedAnthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 50, messages: [{ role: 'user', content: 'ok?' }] });
    return [verdict.content, check.content];
  }
}

export class Reviewer {
  private gateway;

  constructor() {
    this.gateway = new LlmGateway();
  }

  review(text: string) {
    return this.gateway.anthropic.messages.stream({ model: 'claude-sonnet-4-5', max_tokens: 300, messages: [{ role: 'user', content: text }] }); // expect: missing-deadline severity=warn
  }
}
