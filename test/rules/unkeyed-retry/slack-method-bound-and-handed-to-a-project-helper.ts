// A Slack service that hands each WebClient method, bound to its client, to its own call helper, which waits for a
// rate-limit slot and calls `apiCall(...args)`. The helper re-tries only a rate-limited call (a refusal), but the
// WebClient underneath retries a failed call on its own (retryConfig ten retries, p-retry in WebClient.apiCall) with no
// key: the post and the upload handed over are findings where they are handed; the history read, a method handed to
// a helper that calls it with an object of its own, and a post through a client whose retries are off are clean.
import { WebClient } from '@slack/web-api';

type ApiCall = (...args: any[]) => Promise<unknown>;

export class SlackService {
  private readonly client = new WebClient(process.env.SLACK_BOT_TOKEN, { timeout: 10_000, retryConfig: { retries: 10 }, rejectRateLimitedCalls: true });
  private readonly quiet = new WebClient(process.env.SLACK_BOT_TOKEN, { timeout: 10_000, retryConfig: { retries: 0 } });

  async postReply(channel: string, threadTs: string, text: string): Promise<unknown> {
    return this.callWithSlot(
      this.client.chat.postMessage.bind(this.client), // expect: unkeyed-retry
      'chat.postMessage',
      { channel, thread_ts: threadTs, text },
    );
  }

  async uploadReport(channel: string, content: string): Promise<unknown> {
    return this.callWithSlot(this.client.files.uploadV2, 'files.uploadV2', { channel_id: channel, content, filename: 'report.md' }); // expect: unkeyed-retry
  }

  async history(channel: string): Promise<unknown> {
    return this.callWithSlot(this.client.conversations.history.bind(this.client), 'conversations.history', { channel, limit: 20 });
  }

  async notice(channel: string, text: string): Promise<unknown> {
    return this.callWithChannel(this.client.chat.postMessage.bind(this.client), channel, text);
  }

  async quietReply(channel: string, text: string): Promise<unknown> {
    return this.callWithSlot(this.quiet.chat.postMessage.bind(this.quiet), 'chat.postMessage', { channel, text });
  }

  private async callWithSlot(apiCall: ApiCall, methodName: string, ...args: unknown[]): Promise<unknown> {
    console.info(`slack call ${methodName}`);
    return apiCall(...args);
  }

  // Calls what it is handed with an object of its own: not followed.
  private async callWithChannel(apiCall: ApiCall, channel: string, text: string): Promise<unknown> {
    return apiCall({ channel: channel.trim(), text, mrkdwn: true });
  }
}
