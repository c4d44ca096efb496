// The agent loop: the registry's definitions are the model's tools, and each tool call is dispatched by its name.
import OpenAI from 'openai';
import { ToolRegistry } from './registry.js';
import { CreateInvoiceTool, LookupInvoiceTool } from './tools.js';

const openai = new OpenAI({ timeout: 60_000 });
const registry = new ToolRegistry();
registry.register(new CreateInvoiceTool());
registry.register(new LookupInvoiceTool());

export async function answer(question: string) {
  const messages: OpenAI.ChatCompletionMessageParam[] = [{ role: 'user', content: question }];
  for (let turn = 0; turn < 6; turn++) {
    const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages, tools: registry.definitions() });
    const message = completion.choices[0].message;
    messages.push(message);
    if (!message.tool_calls?.length) return message.content;
    for (const call of message.tool_calls) {
      if (call.type !== 'function') continue;
      const outcome = await registry.dispatch(call);
      messages.push({ role: 'tool', tool_call_id: call.id, content: outcome.text });
    }
  }
  return null;
}
