// A retry loop whose counter's name holds a turn-loop word inside another word (`returnCount` holds "turn",
// `backgroundPasses` holds "round") still counts attempts: the try asks the model, posts the answer to Slack and
// leaves only when the answer was usable, so a failure after the post landed posts it again. A counter named by a
// whole word (`turn`, `rounds`) is an agent's turn loop (agent-turn-loop-counting-errors-is-no-retry.ts).
import OpenAI from 'openai';
import { WebClient } from '@slack/web-api';

const openai = new OpenAI({ timeout: 30_000, maxRetries: 0 });
const slack = new WebClient(process.env.SLACK_TOKEN, { retryConfig: { retries: 0 } });

export async function postSummary(channel: string, prompt: string): Promise<void> {
  let returnCount = 0;
  while (returnCount < 3) {
    returnCount++;
    try {
      const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'user', content: prompt }] });
      const text = completion.choices[0]?.message.content ?? '';
      await slack.chat.postMessage({ channel, text }); // expect: unkeyed-retry
      if (text.length > 0) break;
    } catch (error) {
      console.error(`summary post ${returnCount} failed`, error);
    }
  }
}

export async function postDigest(channel: string, prompt: string, backgroundPasses: number): Promise<void> {
  for (let pass = 0; pass < backgroundPasses; pass++) {
    try {
      const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'user', content: prompt }] });
      const text = completion.choices[0]?.message.content ?? '';
      await slack.chat.postMessage({ channel, text }); // expect: unkeyed-retry
      if (text.length > 0) break;
    } catch (error) {
      console.error('digest post failed', error);
    }
  }
}
