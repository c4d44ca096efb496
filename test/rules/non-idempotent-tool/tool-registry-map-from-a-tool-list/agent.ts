// A hand-written Anthropic loop: the tool declarations are the list's definitions, and each tool_use block runs
// the executor a Map built from the same list holds under the block's name.
import Anthropic from '@anthropic-ai/sdk';
import { ALL_TOOLS } from './tools/index.js';
import type { ToolImplementation } from './tools/types.js';

const client = new Anthropic({ timeout: 60_000 });
const executors = new Map<string, ToolImplementation['execute']>(ALL_TOOLS.map((tool) => [tool.definition.name, tool.execute]));

async function runTool(toolName: string, input: unknown): Promise<string> {
  const executor = executors.get(toolName);
  return executor ? executor(input) : `unknown tool ${toolName}`;
}

export async function ask(question: string) {
  const messages: Anthropic.MessageParam[] = [{ role: 'user', content: question }];
  for (let turn = 0; turn < 8; turn++) {
    const response = await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, tools: ALL_TOOLS.map((t) => t.definition), messages });
    messages.push({ role: 'assistant', content: response.content });
    if (response.stop_reason !== 'tool_use') return response.content;
    const results: Anthropic.ToolResultBlockParam[] = [];
    for (const block of response.content) {
      if (block.type === 'tool_use') results.push({ type: 'tool_result', tool_use_id: block.id, content: await runTool(block.name, block.input) });
    }
    messages.push({ role: 'user', content: results });
  }
  return null;
}
