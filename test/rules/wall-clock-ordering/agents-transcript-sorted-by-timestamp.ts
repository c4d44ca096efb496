// Three agents work in parallel and post to one log; the transcript is rebuilt by sorting on a
// Date.now() stamp. Posts from different agents in the same millisecond tie, so the transcript order
// is not the order the agents spoke. The twin that sequences with a counter is clean, and so are a
// duration and an expiry check.
import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

interface Post {
  agent: string;
  content: string;
  timestamp: number;
}

const log: Post[] = [];

async function speak(agent: string, topic: string) {
  const started = Date.now();
  const { text } = await generateText({ model: openai('gpt-5-mini'), system: `You are ${agent}.`, prompt: topic, abortSignal: AbortSignal.timeout(30_000) });
  log.push({ agent, content: text, timestamp: Date.now() });
  return Date.now() - started;
}

export async function debate(topic: string) {
  await Promise.all(['planner', 'critic', 'researcher'].map((agent) => speak(agent, topic)));
  return log.sort((a, b) => a.timestamp - b.timestamp).map((p) => `${p.agent}: ${p.content}`); // expect: wall-clock-ordering
}

let nextSeq = 0;
const sequenced: Array<{ agent: string; content: string; seq: number; at: string }> = [];

export async function debateSequenced(topic: string) {
  await Promise.all(['planner', 'critic'].map(async (agent) => {
    const { text } = await generateText({ model: openai('gpt-5-mini'), system: `You are ${agent}.`, prompt: topic, abortSignal: AbortSignal.timeout(30_000) });
    sequenced.push({ agent, content: text, seq: nextSeq++, at: new Date().toISOString() });
  }));
  return sequenced.sort((a, b) => a.seq - b.seq);
}

const cache = new Map<string, { value: string; expiresAt: number }>();

export function cached(key: string) {
  const entry = cache.get(key);
  if (entry && Date.now() > entry.expiresAt) cache.delete(key);
  return entry?.value;
}
