// A function receives a signal when an options parameter's declared type holds one (test/corpus/README.md questions
// 88, 107): a project alias over the Claude Agent SDK's `Options` (its `abortController`), or a project interface
// with a `signal` member. Its calls — also those in closures it declares — are deadline-not-propagated's, clean for
// missing-deadline. An optional member counts only when every caller found fills it (questions 37, 143): `digest`'s
// one caller leaves `signal` out and `reindex` has none, so their calls stay missing-deadline's; a required member (`PollOptions`) counts with
// no caller at all. An options type with no such member receives nothing: its call stays a finding.
import Anthropic from '@anthropic-ai/sdk';
import type { ArchiveOptions, DigestOptions, LabelOptions, PollOptions, RunnerOptions } from './runner-types';

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

  async digest(transcript: string, options: DigestOptions) {
    const client = new Anthropic({ apiKey: this.apiKey });
    return client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user', content: `${options.folder}: ${transcript}` }] }); // expect: missing-deadline severity=warn
  }

  /** Nobody in the project calls it: an optional member no call fills is no signal received. */
  async reindex(transcript: string, options: DigestOptions) {
    const client = new Anthropic({ apiKey: this.apiKey });
    return client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user', content: `${options.folder}: ${transcript}` }] }); // expect: missing-deadline severity=warn
  }

  async poll(ticket: string, options: PollOptions) {
    const client = new Anthropic({ apiKey: this.apiKey });
    return client.beta.sessions.events.send(ticket, { events: [{ type: 'user.interrupt' }] }); // expect: deadline-not-propagated else missing-deadline severity=warn
  }

  async title(transcript: string, options: LabelOptions) {
    const client = new Anthropic({ apiKey: this.apiKey });
    return client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 32, messages: [{ role: 'user', content: transcript }] }); // expect: missing-deadline severity=warn
  }
}

/** The callers: every run and archive fills the member its options type declares optional; the digest does not. */
export async function nightly(runner: RemoteRunner, ticket: string, transcript: string) {
  const controller = new AbortController();
  const run = runner.startOnce(ticket, { abortController: controller, resumeTicket: ticket });
  await runner.summarise(transcript, { bucket: 'archive', signal: controller.signal });
  await runner.summariseWithSignal(transcript, { bucket: 'archive', signal: controller.signal });
  await runner.digest(transcript, { folder: 'inbox' });
  return run;
}
