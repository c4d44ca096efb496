// The Anthropic loop over the manager's tools.
import Anthropic from '@anthropic-ai/sdk';
import { BookMeetingTool, ListMeetingsTool } from './calendar-tools.js';
import { ToolManager } from './tool-manager.js';

const anthropic = new Anthropic({ timeout: 60_000 });

export async function plan(request: string, manager = new ToolManager([new BookMeetingTool(), new ListMeetingsTool()])) {
  const messages: Anthropic.MessageParam[] = [{ role: 'user', content: request }];
  for (let turn = 0; turn < 8; turn++) {
    const response = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, tools: manager.schemas() as Anthropic.Tool[], messages });
    messages.push({ role: 'assistant', content: response.content });
    if (response.stop_reason !== 'tool_use') return response.content;
    const results: Anthropic.ToolResultBlockParam[] = [];
    for (const block of response.content) {
      if (block.type === 'tool_use') results.push({ type: 'tool_result', tool_use_id: block.id, content: await manager.runToolUse(block as any) });
    }
    messages.push({ role: 'user', content: results });
  }
  return null;
}
