// A raw Anthropic tool loop whose branches test each block with a type guard from `@desk/shared` (a sibling package
// declared as the bare folder "../shared"): the guard's last `return` compares the block's tool name with a literal,
// so the branch it guards is that tool's handler. Creating a ticket is a finding; finding one is a read; a POST under
// a guard on a ticket's priority (no tool name) runs in a scheduled job, no tool's.
import Anthropic from '@anthropic-ai/sdk';
import { isCreateTicketToolUseBlock, isFindTicketToolUseBlock, isUrgent } from '@desk/shared';

const anthropic = new Anthropic({ timeout: 60_000 });
const DESK = 'https://desk.example.com/api';

export async function runAgent(prompt: string): Promise<void> {
  const messages: Anthropic.MessageParam[] = [{ role: 'user', content: prompt }];
  for (let turn = 0; turn < 8; turn++) {
    const response = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages });
    if (response.stop_reason !== 'tool_use') return;
    const results: Anthropic.ToolResultBlockParam[] = [];
    for (const block of response.content) {
      if (isCreateTicketToolUseBlock(block)) {
        const res = await fetch(`${DESK}/tickets`, { // expect: non-idempotent-tool
          method: 'POST',
          body: JSON.stringify({ title: block.input.title }),
          signal: AbortSignal.timeout(10_000),
        });
        results.push({ type: 'tool_result', tool_use_id: block.id, content: await res.text() });
      }
      if (isFindTicketToolUseBlock(block)) {
        const res = await fetch(`${DESK}/tickets/${block.input.id}`, { signal: AbortSignal.timeout(10_000) });
        results.push({ type: 'tool_result', tool_use_id: block.id, content: await res.text() });
      }
    }
    messages.push({ role: 'assistant', content: response.content }, { role: 'user', content: results });
  }
}

export async function escalateNightly(tickets: Array<{ id: string; priority: string }>): Promise<void> {
  for (const ticket of tickets) {
    if (isUrgent(ticket)) {
      await fetch(`${DESK}/tickets/${ticket.id}/escalations`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
    }
  }
}
