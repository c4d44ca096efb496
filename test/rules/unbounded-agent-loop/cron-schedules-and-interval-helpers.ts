// Corpus README questions 22, 41 and 58: an agent run handed to a cron scheduler (node-cron `cron.schedule`,
// node-schedule `scheduleJob`) or to a project helper that runs its function argument with `setInterval` is an
// autonomous loop on a timer, reported at the schedule call — or at the agent's call to the helper. Near-misses: a
// cron tick that only sends a report with no model call, and a helper that runs its argument once after a delay.
import cron from 'node-cron';
import { scheduleJob } from 'node-schedule';
import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

declare function recordTrade(decision: string): Promise<void>;
declare function sendReport(): Promise<void>;

async function decideTrade(): Promise<string> {
  const { text } = await generateText({ model: openai('gpt-4o-mini'), prompt: 'Given the portfolio so far, buy, sell or hold?', abortSignal: AbortSignal.timeout(30_000) });
  return text;
}

class Ticker {
  private timers: ReturnType<typeof setInterval>[] = [];

  repeatEvery(task: () => Promise<void>, ms: number): void {
    this.timers.push(setInterval(() => {
      void task();
    }, ms));
  }

  runLater(task: () => Promise<void>, ms: number): void {
    setTimeout(() => void task(), ms);
  }

  stop(): void {
    this.timers.forEach(clearInterval);
  }
}

export function startTrader(ticker: Ticker) {
  cron.schedule('*/3 * * * *', async () => { // expect: unbounded-agent-loop
    await recordTrade(await decideTrade());
  });

  scheduleJob('0 * * * *', async () => { // expect: unbounded-agent-loop
    await recordTrade(await decideTrade());
  });

  ticker.repeatEvery(async () => { // expect: unbounded-agent-loop
    await recordTrade(await decideTrade());
  }, 60_000);

  ticker.runLater(async () => {
    await recordTrade(await decideTrade());
  }, 60_000);

  cron.schedule('0 9 * * *', async () => {
    await sendReport();
  });
}
