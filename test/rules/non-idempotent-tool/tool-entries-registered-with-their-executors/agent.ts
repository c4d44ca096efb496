// The agent loop: each tool call the model makes runs through the registry.
import OpenAI from 'openai';
import { registerAllTools } from './register-all.js';
import { ToolRegistry } from './registry.js';

const openai = new OpenAI({ timeout: 60_000 });
const registry = new ToolRegistry();
registerAllTools(registry);

export async function runTurn(chatId: string, text: string): Promise<void> {
  const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [{ role: 'user', content: text }];
  for (let step = 0; step < 8; step++) {
    const reply = await openai.chat.completions.create({
      model: 'gpt-4.1',
      messages,
      tools: registry.definitions(),
    });
    const message = reply.choices[0]!.message;
    messages.push(message);
    if (!message.tool_calls?.length) return;
    for (const call of message.tool_calls) {
      if (call.type !== 'function') continue;
      const result = await registry.execute({ name: call.function.name, arguments: JSON.parse(call.function.arguments) }, { chatId });
      messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(result) });
    }
  }
}
