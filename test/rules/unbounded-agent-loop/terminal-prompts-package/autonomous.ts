// Near miss: `prompts` here is the project's template builder (./prompts.ts), not the terminal package, so the
// loop still runs with nobody in it and only the model's DONE ends it.
import OpenAI from 'openai';
import { prompts } from './prompts.js';

const openai = new OpenAI({ timeout: 60_000 });

export async function pursue(goal: string) {
  const messages: OpenAI.ChatCompletionMessageParam[] = [];
  while (true) { // expect: unbounded-agent-loop
    const { system, user } = prompts(goal);
    messages.push({ role: 'system', content: system }, { role: 'user', content: user });
    const completion = await openai.chat.completions.create({ model: 'gpt-5-mini', messages });
    const reply = completion.choices[0]?.message.content ?? '';
    if (reply.includes('DONE')) return reply;
    messages.push({ role: 'assistant', content: reply });
  }
}
