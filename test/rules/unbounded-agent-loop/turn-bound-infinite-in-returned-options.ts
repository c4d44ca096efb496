// A turn bound falling back to `Infinity` in an options object a builder method returns (`maxTurns:
// settings.maxTurns || Infinity`) is question 58's optional bound when a caller hands that object to an agent run —
// here the Claude Agent SDK's query(), through a const and an `as` cast, or straight from an arrow. Clean: the same
// builder falling back to 25 turns, and an infinite fallback in an object that only ever reaches a logger.
import { query, type Options } from '@anthropic-ai/claude-agent-sdk';

interface SessionSettings {
  maxTurns?: number;
  cwd: string;
}

export class ReviewSession {
  async start(prompt: string, settings: SessionSettings) {
    const runOptions = this.runOptions(settings);
    for await (const message of query({ prompt, options: runOptions as Options })) {
      if (message.type === 'result') return message;
    }
  }

  private runOptions(settings: SessionSettings): Record<string, unknown> {
    return {
      maxTurns: settings.maxTurns || Infinity, // expect: unbounded-agent-loop
      cwd: settings.cwd,
      allowedTools: ['Read', 'Grep'],
    };
  }
}

const fixOptions = (settings: SessionSettings) => ({ maxTurns: settings.maxTurns ?? Number.POSITIVE_INFINITY, cwd: settings.cwd }); // expect: unbounded-agent-loop

export function fixIssue(prompt: string, settings: SessionSettings) {
  return query({ prompt, options: fixOptions(settings) });
}

export class CappedSession {
  async start(prompt: string, settings: SessionSettings) {
    const options = this.options(settings);
    for await (const message of query({ prompt, options })) {
      if (message.type === 'result') return message;
    }
  }

  private options(settings: SessionSettings): Options {
    return { maxTurns: settings.maxTurns || 25, cwd: settings.cwd };
  }
}

function describeLimits(settings: SessionSettings) {
  return { maxTurns: settings.maxTurns || Infinity, cwd: settings.cwd };
}

export function logLimits(settings: SessionSettings) {
  const limits = describeLimits(settings);
  console.log('limits', limits);
}
