// Corpus README questions 18, 68, 76 and 101: a timer whose tick makes plain completions — no agent run, no tools,
// a prompt built from nothing an earlier tick left behind — and only posts what comes back is question 18's clean:
// the model decides nothing about the schedule and sees nothing earlier ticks did. A tick that gives the completion
// tools, feeds it what earlier ticks kept (a history array, a field, a state file) or keeps its answer for a later
// tick is question 22's autonomous loop on a timer: a finding.
import { writeFileSync, readFileSync } from 'node:fs';
import cron from 'node-cron';
import OpenAI from 'openai';
import { Agent, run } from '@openai/agents';
import { TwitterApi } from 'twitter-api-v2';

const openai = new OpenAI({ timeout: 30_000 });
const twitter = new TwitterApi('token');
const TOPICS = ['rust', 'typescript', 'databases'];

async function draftTweet(topic: string): Promise<string> {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `Write one tweet about ${topic}.` }],
  });
  return completion.choices[0]?.message.content ?? '';
}

async function postDailyTweet(): Promise<void> {
  const topic = TOPICS[Math.floor(Math.random() * TOPICS.length)] ?? 'code';
  const text = await draftTweet(topic);
  if (text) await twitter.v2.tweet(text);
}

export function startStatelessPoster(): void {
  cron.schedule('0 9 * * *', async () => {
    await postDailyTweet();
  });
  setInterval(() => void postDailyTweet(), 6 * 60 * 60_000);
}

const history: string[] = [];

async function continueThread(): Promise<void> {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `Your tweets so far:\n${history.join('\n')}\nWrite the next one.` }],
  });
  const text = completion.choices[0]?.message.content ?? '';
  history.push(text);
  await twitter.v2.tweet(text);
}

async function tradeWithTools(): Promise<void> {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Check the market and trade.' }],
    tools: [{ type: 'function', function: { name: 'placeOrder', parameters: { type: 'object', properties: {} } } }],
  });
  console.log(completion.choices[0]?.message.tool_calls);
}

async function planFromStateFile(): Promise<void> {
  const state = readFileSync('state.json', 'utf8');
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `State: ${state}\nChoose the next action.` }],
  });
  writeFileSync('state.json', completion.choices[0]?.message.content ?? state);
}

const planner = new Agent({ name: 'planner', instructions: 'Plan the day.', tools: [] });

async function planWithAgent(): Promise<void> {
  const result = await run(planner, 'Plan today from the open tasks.');
  console.log(result.finalOutput);
}

export function startAgents(): void {
  cron.schedule('*/30 * * * *', async () => { // expect: unbounded-agent-loop
    await continueThread();
  });
  setInterval(() => void tradeWithTools(), 60_000); // expect: unbounded-agent-loop
  setInterval(() => void planFromStateFile(), 60_000); // expect: unbounded-agent-loop
  cron.schedule('0 8 * * *', async () => { // expect: unbounded-agent-loop
    await planWithAgent();
  });
}
