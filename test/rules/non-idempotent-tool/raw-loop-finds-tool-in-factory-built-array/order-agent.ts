// A hand-written Anthropic tool loop over the factory-built list: `tools.find((t) => t.name === block.name)`
// then `tool.execute(block.input)`, so each entry's execute is a tool handler.
import Anthropic from '@anthropic-ai/sdk';
import { createOrderTools } from './order-tools.js';

const anthropic = new Anthropic({ timeout: 60_000 });

export async function orderAgent(request: string) {
  const tools = createOrderTools(process.env.ORDERS_API ?? 'https://orders.example.com');
  const messages: Anthropic.MessageParam[] = [{ role: 'user', content: request }];
  for (let turn = 0; turn < 10; turn++) {
    const reply = await anthropic.messages.create({
      model: 'claude-sonnet-4-5',
      max_tokens: 1024,
      messages,
      tools: tools.map(({ name, description, input_schema }) => ({ name, description, input_schema: input_schema as Anthropic.Tool.InputSchema })),
    });
    messages.push({ role: 'assistant', content: reply.content });
    const uses = reply.content.filter((block) => block.type === 'tool_use');
    if (uses.length === 0) return reply.content;
    const results: Anthropic.ToolResultBlockParam[] = [];
    for (const block of uses) {
      const tool = tools.find((t) => t.name === block.name);
      const output = tool ? await tool.execute(block.input) : `unknown tool ${block.name}`;
      results.push({ type: 'tool_result', tool_use_id: block.id, content: JSON.stringify(output) });
    }
    messages.push({ role: 'user', content: results });
  }
  return null;
}
