// Model SDKs whose deadlines no outbound-call table judges, known as model calls for the loop rules only (knowledge
// `frameworkModelCalls`): Groq's `chat.completions.create`, the legacy Google AI SDK's GenerativeModel and ChatSession
// (`getGenerativeModel(…)` and `startChat()` give them back: `modelSdkReturnedInstances`), Ollama's default client and
// ModelFusion's `runTools`; and pi-agent-core's Agent published under its new scope (`@earendil-works/pi-agent-core`).
// A loop that asks them until the model stops is reported, and so is a cron tick messaging a chat session kept across
// ticks; the twins with a turn cap, a pass making one stateless completion per fetched item, a daily cron making two
// stateless completions (Groq's and a GenerativeModel's `generateContent` start from what they are given: question 68)
// and a terminal chat waiting on the person before each pi turn stay clean.
import Groq from 'groq-sdk';
import { GoogleGenerativeAI } from '@google/generative-ai';
import ollama from 'ollama';
import { openai, runTools, type ChatPrompt } from 'modelfusion';
import type { Agent } from '@earendil-works/pi-agent-core';
import * as readline from 'node:readline/promises';
import cron from 'node-cron';
import { TwitterApi } from 'twitter-api-v2';

declare function runToolCall(call: unknown): Promise<string>;
declare function fetchHeadlines(): Promise<string[]>;
declare function post(text: string): Promise<void>;
declare const tools: never[];

const groq = new Groq({ apiKey: process.env.GROQ_API_KEY });
const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY ?? '');
const twitter = new TwitterApi('token');

export async function groqToolLoop(messages: Array<{ role: string; content: string }>): Promise<string | null> {
  while (true) { // expect: unbounded-agent-loop
    const completion = await groq.chat.completions.create({ model: 'llama-3.3-70b-versatile', messages });
    const reply = completion.choices[0]!.message;
    if (!reply.tool_calls?.length) return reply.content;
    for (const call of reply.tool_calls) messages.push({ role: 'tool', content: await runToolCall(call) });
  }
}

export async function groqToolLoopCapped(messages: Array<{ role: string; content: string }>): Promise<string | null> {
  for (let turn = 0; turn < 12; turn++) {
    const completion = await groq.chat.completions.create({ model: 'llama-3.3-70b-versatile', messages });
    const reply = completion.choices[0]!.message;
    if (!reply.tool_calls?.length) return reply.content;
    for (const call of reply.tool_calls) messages.push({ role: 'tool', content: await runToolCall(call) });
  }
  return null;
}

export async function geminiChatUntilDone(goal: string): Promise<void> {
  const chat = genAI.getGenerativeModel({ model: 'gemini-1.5-pro' }).startChat();
  let next = goal;
  while (true) { // expect: unbounded-agent-loop
    const result = await chat.sendMessage(next);
    const text = result.response.text();
    if (text.includes('DONE')) return;
    next = await runToolCall(text);
  }
}

export async function geminiRefineCapped(draft: string): Promise<string> {
  const writer = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });
  let text = draft;
  for (let round = 0; round < 3; round++) {
    const result = await writer.generateContent(`Improve this: ${text}`);
    text = result.response.text();
  }
  return text;
}

export async function ollamaUntilApproved(question: string): Promise<string> {
  let answer = '';
  do { // expect: unbounded-agent-loop
    const reply = await ollama.chat({ model: 'llama3.2', messages: [{ role: 'user', content: `${question}\n${answer}` }] });
    answer = reply.message.content;
  } while (!answer.includes('APPROVED'));
  return answer;
}

export async function ollamaSummaries(): Promise<void> {
  for (const headline of await fetchHeadlines()) {
    const reply = await ollama.generate({ model: 'llama3.2', prompt: `Summarise: ${headline}` });
    await post(reply.response);
  }
}

export async function modelFusionAgent(chat: ChatPrompt): Promise<string | null> {
  while (true) { // expect: unbounded-agent-loop
    const { text, toolResults } = await runTools({ model: openai.ChatTextGenerator({ model: 'gpt-4o' }).withChatPrompt(), tools, prompt: chat });
    if (toolResults == null) return text;
  }
}

export function piHeartbeat(agent: Agent) {
  return setInterval(async () => { // expect: unbounded-agent-loop
    await agent.prompt('Look at the open tasks and carry on with the next one.');
  }, 15 * 60_000);
}

export async function piTerminalChat(agent: Agent) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  while (true) {
    const line = await rl.question('you> ');
    await agent.prompt(line);
  }
}

export function dailyPost(): void {
  cron.schedule('0 9 * * *', async () => {
    const writer = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });
    const topic = (await writer.generateContent('Suggest one topic for a developer post.')).response.text();
    const draft = await groq.chat.completions.create({ model: 'llama-3.3-70b-versatile', messages: [{ role: 'user', content: `Write a post about ${topic}` }] });
    await twitter.v2.tweet(draft.choices[0]!.message.content ?? '');
  });
}

const diary = genAI.getGenerativeModel({ model: 'gemini-1.5-pro' }).startChat();

export function hourlyDiary(): void {
  cron.schedule('0 * * * *', async () => { // expect: unbounded-agent-loop
    const entry = await diary.sendMessage('Write the next diary entry, carrying on from the last one.');
    await twitter.v2.tweet(entry.response.text());
  });
}
