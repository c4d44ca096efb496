// The chat loop: every tool call the model makes is run by executeTool under the call's function name.
import OpenAI from 'openai';
import { executeTool } from './execute.js';
import { declarations } from './registry.js';

const openai = new OpenAI({ timeout: 30_000 });

export async function chat(messages: OpenAI.ChatCompletionMessageParam[]) {
  for (let turn = 0; turn < 5; turn++) {
    const completion = await openai.chat.completions.create({
      model: 'gpt-4.1',
      messages,
      tools: declarations.map((d) => ({ type: 'function' as const, function: d })),
    });
    const message = completion.choices[0]!.message;
    messages.push(message);
    if (!message.tool_calls?.length) return message.content;
    for (const call of message.tool_calls) {
      if (call.type !== 'function') continue;
      const output = await executeTool(call.function.name, JSON.parse(call.function.arguments));
      messages.push({ role: 'tool', tool_call_id: call.id, content: output });
    }
  }
  return null;
}
