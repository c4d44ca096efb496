// Terminal chat loops that wait on a person every turn (readline `question`, lines from stdin):
// the person bounds them, so neither is reported.
import * as readline from 'node:readline/promises';
import { stdin as input, stdout as output } from 'node:process';
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 60_000 });

export async function chatRepl() {
  const rl = readline.createInterface({ input, output });
  const messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [];
  try {
    while (true) {
      const line = await rl.question('you> ');
      if (line.trim() === '/exit') break;
      messages.push({ role: 'user', content: line });
      const completion = await openai.chat.completions.create({ model: 'gpt-5-mini', messages });
      const reply = completion.choices[0]?.message.content ?? '';
      messages.push({ role: 'assistant', content: reply });
      output.write(`bot> ${reply}\n`);
    }
  } finally {
    rl.close();
  }
}

export async function answerEachStdinLine() {
  const rl = readline.createInterface({ input });
  for await (const line of rl) {
    const completion = await openai.chat.completions.create({
      model: 'gpt-5-nano',
      messages: [{ role: 'user', content: line }],
    });
    output.write(`${completion.choices[0]?.message.content ?? ''}\n`);
  }
}
