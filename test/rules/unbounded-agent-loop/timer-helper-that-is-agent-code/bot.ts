// The bot hands its agent run and its chat sender to the routines: the findings sit at the routines' own timers.
import OpenAI from 'openai';
import { startRoutineCheck, startRoutineCron, startStatusPoll } from './routines';

const client = new OpenAI({ timeout: 60_000 });

async function askAgent(chatId: string, prompt: string): Promise<string> {
  const completion = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `${chatId}: ${prompt}` }] });
  return completion.choices[0]?.message.content ?? '';
}

async function postToChat(chatId: string, text: string): Promise<void> {
  await fetch(`https://chat.example.com/send/${chatId}`, { method: 'POST', body: text, signal: AbortSignal.timeout(10_000) });
}

async function readPage(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return response.text();
}

export function startServices(): void {
  startRoutineCheck(askAgent, postToChat);
  startRoutineCron(askAgent, postToChat);
  startStatusPoll(readPage, postToChat);
}
