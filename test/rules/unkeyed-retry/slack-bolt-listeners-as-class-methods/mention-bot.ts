// Bolt listeners written as methods of a class and handed to the app bound (`this.onMention.bind(this)`), or typed
// with Bolt's listener arguments and taking them whole (`const { event, say } = args`): `say` posts through the
// app's WebClient, which retries failed calls (up to 10 times) with no key — also where a helper method it is handed
// to, untyped, calls it.
import { EventEmitter } from 'node:events';
import { App, type AllMiddlewareArgs, type SlackEventMiddlewareArgs } from '@slack/bolt';

export class MentionBot {
  private readonly bus = new EventEmitter();

  constructor(private app: App) {}

  start(): void {
    this.app.event('app_mention', this.onMention.bind(this));
    this.app.command('/status', this.onStatus.bind(this));
    // Near-miss: bound to an event emitter of the process, not to the app.
    this.bus.on('echo', this.onEcho.bind(this));
  }

  private async onMention(args: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> {
    const { event, say } = args;
    await say({ thread_ts: event.ts, text: 'on it' }); // expect: unkeyed-retry
    await this.reply(event.ts, say);
  }

  private async reply(ts: string, say: any): Promise<void> {
    await say({ thread_ts: ts, text: 'done' }); // expect: unkeyed-retry
  }

  // Untyped, but handed to the app's command registration bound.
  private async onStatus({ ack, say }: any): Promise<void> {
    await ack();
    await say('all systems go'); // expect: unkeyed-retry
  }

  private async onEcho({ say }: any): Promise<void> {
    await say('echo');
  }

  // Near-miss: a method of the same shape that nothing registers, with a `say` of its own type.
  private async preview({ say }: { say: (text: string) => Promise<void> }): Promise<void> {
    await say('preview');
  }
}
