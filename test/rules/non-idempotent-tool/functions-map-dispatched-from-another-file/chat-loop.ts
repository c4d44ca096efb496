// The Responses API loop: each `function_call` output item is run through handleTool.
import OpenAI from 'openai';
import { handleTool, type ToolName } from './handle-tool.js';

const openai = new OpenAI({ timeout: 30_000 });

export async function turn(input: OpenAI.Responses.ResponseInput) {
  const response = await openai.responses.create({ model: 'gpt-4.1', input });
  for (const item of response.output) {
    if (item.type === 'function_call') {
      const result = await handleTool(item.name as ToolName, JSON.parse(item.arguments));
      input.push(item, { type: 'function_call_output', call_id: item.call_id, output: JSON.stringify(result) });
    }
  }
}
