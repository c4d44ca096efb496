import OpenAI from 'openai';
import { NotesApi, notesTools } from './api';

const client = new OpenAI({ timeout: 30_000 });

export async function chat(api: NotesApi, messages: OpenAI.ChatCompletionMessageParam[]) {
  const tools = notesTools.map((t) => ({ type: 'function' as const, function: { name: t.method, description: t.description, parameters: t.parameters } }));
  for (let turn = 0; turn < 8; turn++) {
    const completion = await client.chat.completions.create({ model: 'gpt-4.1', messages, tools });
    const message = completion.choices[0]!.message;
    messages.push(message);
    if (!message.tool_calls?.length) return message.content;
    for (const call of message.tool_calls) {
      if (call.type !== 'function') continue;
      const output = await api.run(call.function.name, JSON.parse(call.function.arguments));
      messages.push({ role: 'tool', tool_call_id: call.id, content: output });
    }
  }
  return undefined;
}
