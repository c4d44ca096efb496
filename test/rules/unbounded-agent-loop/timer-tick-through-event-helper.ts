// A timer whose tick calls a helper: the helper decides. One that fetches what came in (new mentions, fresh
// headlines) and calls the model once per item answers outside events — question 18's daemon, clean, the same as
// the loop written in the tick itself. One that calls the model on every run, whatever came in, is question 22's
// autonomous loop on a timer: a finding — also when the helper first tests the clock (`if (now - lastPost > quietMs)`):
// that says when to post next, not how many times.
import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

declare function fetchNewMentions(since: string): Promise<Array<{ id: string; text: string }>>;
declare function fetchHeadlines(): Promise<string[]>;
declare function reply(id: string, text: string): Promise<void>;
declare function publish(text: string): Promise<void>;
declare const journal: { read(): Promise<string>; append(entry: string): Promise<void> };

async function write(prompt: string): Promise<string> {
  const { text } = await generateText({ model: openai('gpt-4.1-mini'), prompt, abortSignal: AbortSignal.timeout(30_000) });
  return text;
}

let lastSeen = '0';

async function answerMentions() {
  const mentions = await fetchNewMentions(lastSeen);
  for (const mention of mentions) {
    await reply(mention.id, await write(`Reply briefly to: ${mention.text}`));
    lastSeen = mention.id;
  }
}

async function summariseHeadlines() {
  const headlines = await fetchHeadlines();
  await Promise.all(headlines.map(async (headline) => publish(await write(`Summarise: ${headline}`))));
}

async function reflectAndAct() {
  const history = await journal.read();
  const next = await write(`Here is everything you did so far:\n${history}\nDecide and describe your next action.`);
  await publish(next);
  await journal.append(next);
}

let lastPost = 0;

async function postWhenQuiet(quietMs: number) {
  try {
    if (Date.now() - lastPost > quietMs) {
      await publish(await write(`The channel has been quiet. Continue from your last post:\n${await journal.read()}`));
      lastPost = Date.now();
    }
  } catch (error) {
    console.error(error);
  }
}

export function startMentionDaemon() {
  setInterval(() => answerMentions(), 5 * 60_000);
}

export function startHeadlineDigest() {
  setInterval(async () => {
    await summariseHeadlines();
  }, 60 * 60_000);
}

export function startReflection() {
  setInterval(() => reflectAndAct(), 15 * 60_000); // expect: unbounded-agent-loop
}

export function startQuietChannelPoster() {
  setInterval(() => { void postWhenQuiet(2 * 60 * 60_000); }, 30 * 60_000); // expect: unbounded-agent-loop
}
