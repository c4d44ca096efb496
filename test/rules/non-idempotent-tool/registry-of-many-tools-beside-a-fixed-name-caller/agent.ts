import OpenAI from 'openai';
import { executeTool, toolDefinitions } from './registry';

const client = new OpenAI({ timeout: 30_000 });

export async function chat(messages: OpenAI.ChatCompletionMessageParam[]) {
  for (let turn = 0; turn < 8; turn++) {
    const completion = await client.chat.completions.create({ model: 'gpt-4.1', messages, tools: toolDefinitions() });
    const message = completion.choices[0]!.message;
    messages.push(message);
    if (!message.tool_calls?.length) return message.content;
    for (const call of message.tool_calls) {
      if (call.type !== 'function') continue;
      const output = await executeTool(call.function.name, JSON.parse(call.function.arguments));
      messages.push({ role: 'tool', tool_call_id: call.id, content: output });
    }
  }
  return undefined;
}
