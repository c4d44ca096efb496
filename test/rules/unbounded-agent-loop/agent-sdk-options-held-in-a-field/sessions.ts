// A session class keeps the run's options in a field written `Record<string, unknown>` and spreads them into each
// `query()`: the field holds what every caller puts there (the options `chatOptions` builds, no `maxTurns`), not any
// option there is — reported. Near-misses: a session given the bounded options, one whose method writes `maxTurns` into
// the field, one that `Object.assign`s settings into it, and one whose options come from a caller we cannot see into.
import { query } from '@anthropic-ai/claude-agent-sdk';

export class ChatSession {
  constructor(private channel: string, private options: Record<string, unknown>) {}

  setModel(model: string): void {
    this.options.model = model;
  }

  async reply(prompt: string): Promise<string | undefined> {
    const run = query({ prompt, options: { ...this.options, cwd: `/srv/${this.channel}` } }); // expect: unbounded-agent-loop
    for await (const message of run) if (message.type === 'result' && message.subtype === 'success') return message.result;
    return undefined;
  }
}

export class BoundedSession {
  constructor(private options: Record<string, unknown>) {}

  async reply(prompt: string): Promise<void> {
    for await (const message of query({ prompt, options: { ...this.options } })) if (message.type === 'result') return;
  }
}

export class TunedSession {
  constructor(private options: Record<string, unknown>) {}

  limit(turns: number): void {
    this.options.maxTurns = turns;
  }

  async reply(prompt: string): Promise<void> {
    for await (const message of query({ prompt, options: { ...this.options } })) if (message.type === 'result') return;
  }
}

export class MergedSession {
  constructor(private options: Record<string, unknown>) {}

  configure(settings: Record<string, unknown>): void {
    Object.assign(this.options, settings);
  }

  async reply(prompt: string): Promise<void> {
    for await (const message of query({ prompt, options: { ...this.options } })) if (message.type === 'result') return;
  }
}

export class ForeignSession {
  constructor(private options: Record<string, unknown>) {}

  async reply(prompt: string): Promise<void> {
    for await (const message of query({ prompt, options: { ...this.options } })) if (message.type === 'result') return;
  }
}
