// The chat loop: the model's tool calls are run through runTool by their function name.
import OpenAI from 'openai';
import type { Guild } from 'discord.js';
import { runTool, TOOL_SCHEMAS } from './tools.js';

const openai = new OpenAI({ timeout: 30_000 });

export async function reply(guild: Guild, messages: OpenAI.Chat.ChatCompletionMessageParam[]) {
  const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages, tools: [...TOOL_SCHEMAS] });
  const message = completion.choices[0].message;
  for (const call of message.tool_calls ?? []) {
    if (call.type !== 'function') continue;
    const result = await runTool(guild, call.function.name, JSON.parse(call.function.arguments));
    messages.push(message, { role: 'tool', tool_call_id: call.id, content: String(result) });
  }
}
