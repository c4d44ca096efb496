// Corpus README question 22 against question 18: an agent run again and again on a timer, with no outside event,
// is an unbounded loop (each run acts on what the previous ones did; only the process's end stops it). A timer
// whose tick calls the model only for what it found is an event daemon: clean.
import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

declare function fetchMentions(): Promise<Array<{ id: string; text: string }>>;
declare function reply(id: string, text: string): Promise<void>;
declare function post(text: string): Promise<void>;

async function think(prompt: string): Promise<string> {
  const { text } = await generateText({ model: openai('gpt-4o-mini'), prompt, abortSignal: AbortSignal.timeout(30_000) });
  return text;
}

export function startAutonomousPoster() {
  setInterval(async () => { // expect: unbounded-agent-loop
    const idea = await think('Look at what you posted so far and post the next thing.');
    await post(idea);
  }, 60_000);
}

export async function autonomousWhile() {
  while (true) { // expect: unbounded-agent-loop
    await post(await think('Post the next thing.'));
    await new Promise((resolve) => setTimeout(resolve, 60_000));
  }
}

export function startMentionResponder() {
  setInterval(async () => {
    for (const mention of await fetchMentions()) {
      await reply(mention.id, await think(`Answer: ${mention.text}`));
    }
  }, 60_000);
}

export function startHeartbeat() {
  setInterval(() => console.log('alive'), 10_000);
}
