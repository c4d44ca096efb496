// A function receives a signal when an options parameter's declared type holds one (test/corpus/README.md questions
// 88, 107): a project alias over the Claude Agent SDK's `Options` (its `abortController`), or a project interface
// with a `signal` member. Its calls — also those in closures it declares — are deadline-not-propagated's, clean for
// missing-deadline. An options type with no such member receives nothing: its call stays a finding.
import Anthropic from '@anthropic-ai/sdk';
import type { ArchiveOptions, LabelOptions, RunnerOptions } from './runner-types';

export class RemoteRunner {
  constructor(private readonly apiKey: string) {}

  startOnce(ticket: string, options: RunnerOptions) {
    const client = new Anthropic({ apiKey: this.apiKey });
    const stop = async () => {
      await client.beta.sessions.events.send(ticket, { events: [{ type: 'user.interrupt' }] }); // expect: deadline-not-propagated else missing-deadline severity=warn
    };
    const events = (async function* () {
      const stream = await client.beta.sessions.events.stream(options.resumeTicket ?? ticket); // expect: deadline-not-propagated else missing-deadline severity=warn
      for await (const event of stream) yield event;
    })();
    return { events, stop };
  }

  async summarise(transcript: string, options: ArchiveOptions) {
    const client = new Anthropic({ apiKey: this.apiKey });
    return client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 512, messages: [{ role: 'user', content: transcript }] }); // expect: deadline-not-propagated else missing-deadline severity=warn
  }

  async summariseWithSignal(transcript: string, options: ArchiveOptions) {
    const client = new Anthropic({ apiKey: this.apiKey });
    return client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 512, messages: [{ role: 'user', content: transcript }] }, { signal: options.signal });
  }

  async title(transcript: string, options: LabelOptions) {
    const client = new Anthropic({ apiKey: this.apiKey });
    return client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 32, messages: [{ role: 'user', content: transcript }] }); // expect: missing-deadline severity=warn
  }
}
