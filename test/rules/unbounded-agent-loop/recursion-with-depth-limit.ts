// A recursive agent turn with a depth parameter checked before each model call: the recursion
// is bounded, so it is not reported.
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ timeout: 60_000 });
const MAX_DEPTH = 6;

export async function agentTurn(messages: Anthropic.MessageParam[], depth = 0): Promise<Anthropic.Message> {
  if (depth >= MAX_DEPTH) throw new Error(`agent still calling tools after ${MAX_DEPTH} turns`);
  const response = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages });
  if (response.stop_reason !== 'tool_use') return response;

  const results: Anthropic.ToolResultBlockParam[] = response.content
    .filter((block): block is Anthropic.ToolUseBlock => block.type === 'tool_use')
    .map((block) => ({ type: 'tool_result', tool_use_id: block.id, content: `no data for ${block.name}` }));
  return agentTurn(
    [...messages, { role: 'assistant', content: response.content }, { role: 'user', content: results }],
    depth + 1,
  );
}
