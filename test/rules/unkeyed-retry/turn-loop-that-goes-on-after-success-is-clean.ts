// An agent's turn loop whose try records the turn and whose catch only logs: the loop goes round after a
// success too, to the next turn, so it never re-attempts what the try did. Not a retry, though the try appends
// to a file and the catch does not leave the loop.
import { appendFileSync } from 'node:fs';
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 30_000, maxRetries: 0 });

export async function converse(messages: OpenAI.ChatCompletionMessageParam[], ask: () => Promise<string>) {
  while (true) {
    const question = await ask();
    if (!question) return;
    messages.push({ role: 'user', content: question });
    const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages });
    const answer = completion.choices[0]?.message.content ?? '';
    messages.push({ role: 'assistant', content: answer });
    try {
      appendFileSync('transcript.log', `${question}\n${answer}\n`);
    } catch (error) {
      console.error('could not record the turn', error);
    }
  }
}
