// The callers of heartbeat.ts's helpers: an agent run handed to the croner heartbeat or to the self-rescheduling
// helper is an autonomous loop on a timer, reported at the call to the helper; a tick that only writes a status
// line, and an agent run handed to the retry helper (it runs until one attempt succeeds), are clean. A croner job
// built straight from the package with an agent tick is reported at `new Cron`; one made without a function
// schedules nothing.
import { Cron } from 'croner';
import OpenAI from 'openai';
import { everyFewMinutes, retryUntilSent, startHeartbeat } from './heartbeat';

declare function appendNote(text: string): Promise<void>;
declare function writeStatus(line: string): Promise<void>;

const client = new OpenAI({ timeout: 30_000 });

async function runAgent(prompt: string): Promise<void> {
  const reply = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] });
  await appendNote(reply.choices[0]?.message.content ?? '');
}

const onBeat = async (prompt: string) => {
  try {
    await runAgent(prompt);
  } catch (error) {
    console.error('heartbeat failed', error);
  }
};

export function main(): void {
  startHeartbeat(onBeat); // expect: unbounded-agent-loop
  everyFewMinutes(() => runAgent('Check the market and rebalance.'), 10); // expect: unbounded-agent-loop
  startHeartbeat(async () => writeStatus('alive'));
  retryUntilSent(() => runAgent('Send the welcome note.'));
  new Cron('*/30 * * * *', async () => { // expect: unbounded-agent-loop
    await runAgent('Summarise what changed since your last run and act on it.');
  });
  const paused = new Cron('0 0 * * *');
  paused.stop();
}
