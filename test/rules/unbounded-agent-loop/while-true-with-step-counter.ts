// `while (true)` with a step counter that throws past MAX_STEPS: the loop has a step bound, so
// it is not reported.
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ timeout: 60_000 });
const MAX_STEPS = 12;

export async function agentWithStepLimit(task: string) {
  const messages: Anthropic.MessageParam[] = [{ role: 'user', content: task }];
  let steps = 0;

  while (true) {
    if (++steps > MAX_STEPS) throw new Error(`agent exceeded ${MAX_STEPS} steps`);
    const response = await anthropic.messages.create({ model: 'claude-haiku-4-5', max_tokens: 1024, messages });
    messages.push({ role: 'assistant', content: response.content });
    if (response.stop_reason !== 'tool_use') return response;
    messages.push({ role: 'user', content: [{ type: 'text', text: 'Tool output: none available, continue.' }] });
  }
}
