// The loop that asks the model and runs each tool_use block through executeTool.
import Anthropic from '@anthropic-ai/sdk';
import { executeTool } from './executor.js';

const anthropic = new Anthropic({ timeout: 60_000 });

const tools: Anthropic.Tool[] = [
  { name: 'create_note', description: 'Create a note', input_schema: { type: 'object', properties: { title: { type: 'string' }, body: { type: 'string' } } } },
  { name: 'get_note', description: 'Read a note', input_schema: { type: 'object', properties: { id: { type: 'string' } } } },
  { name: 'run_script', description: 'Run a shell script', input_schema: { type: 'object', properties: { script: { type: 'string' } } } },
];

export async function turn(messages: Anthropic.MessageParam[]) {
  const reply = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, tools, messages });
  const results = [];
  for (const block of reply.content) if (block.type === 'tool_use') results.push(await executeTool(block));
  return results;
}
