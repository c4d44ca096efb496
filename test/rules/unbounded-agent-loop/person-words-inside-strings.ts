// Words that look like asking a person (`input (`, `question(`) inside a string or template are text, not a
// prompt: the loop whose helper only formats such a message still runs with nobody in it and is reported. The
// twin that really asks (readline `question`) every turn is clean.
import OpenAI from 'openai';
import * as readline from 'node:readline/promises';

const openai = new OpenAI({ timeout: 30_000 });

function checkContext(tokens: number, limit: number): string | undefined {
  return tokens > limit ? `Context length exceeded: input (${tokens}) > limit (${limit}); ask a shorter question(s)` : undefined;
}

export async function autonomous(messages: OpenAI.ChatCompletionMessageParam[]) {
  while (true) { // expect: unbounded-agent-loop
    const problem = checkContext(JSON.stringify(messages).length / 4, 100_000);
    if (problem) console.warn(problem);
    const completion = await openai.chat.completions.create({ model: 'gpt-4o', messages });
    const message = completion.choices[0]!.message;
    messages.push(message);
    if (!message.tool_calls?.length) return message.content;
    for (const call of message.tool_calls) messages.push({ role: 'tool', tool_call_id: call.id, content: 'done' });
  }
}

export async function chat(messages: OpenAI.ChatCompletionMessageParam[]) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  while (true) {
    const line = await rl.question('you> ');
    messages.push({ role: 'user', content: line });
    const completion = await openai.chat.completions.create({ model: 'gpt-4o', messages });
    messages.push(completion.choices[0]!.message);
  }
}
