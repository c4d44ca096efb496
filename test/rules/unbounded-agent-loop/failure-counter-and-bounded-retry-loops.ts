// A browser agent whose only counter counts a run of failures (reset to 0 when a step succeeds) and whose step
// bound is optional: while the steps succeed nothing stops it — a finding at the loop. A call retried in a
// `while (true)` that goes round only through a `continue` under a bounded counter (and otherwise returns or
// throws) is a bounded retry, and a loop that stops at a turn count it never resets is bounded: both clean.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 30_000 });
const MAX_CONSECUTIVE_FAILURES = 5;
const MAX_OVERFLOW_RETRIES = 2;
const MAX_TURNS = 12;

declare function perform(action: string): Promise<boolean>;
declare function isContextOverflow(error: unknown): boolean;

export async function browse(task: string, maxSteps?: number) {
  let step = 0;
  let failures = 0;
  while (true) { // expect: unbounded-agent-loop
    if (maxSteps && step >= maxSteps) break;
    const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'user', content: `${task} (step ${step})` }] });
    const action = completion.choices[0]?.message.content ?? '';
    if (action === 'done') break;
    if (action === 'wait' || !(await perform(action))) {
      failures++;
      if (failures >= MAX_CONSECUTIVE_FAILURES) break;
      continue;
    }
    failures = 0;
    step++;
  }
}

export async function completeWithOverflowRetry(messages: OpenAI.Chat.ChatCompletionMessageParam[]) {
  let overflowRetries = 0;
  while (true) {
    try {
      const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages });
      overflowRetries = 0;
      return completion;
    } catch (error) {
      if (isContextOverflow(error) && overflowRetries < MAX_OVERFLOW_RETRIES) {
        overflowRetries++;
        messages = messages.slice(2);
        continue;
      }
      throw error;
    }
  }
}

export async function chatWithTurnCap(task: string) {
  let turns = 0;
  while (true) {
    if (turns >= MAX_TURNS) break;
    turns++;
    const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'user', content: task }] });
    if (completion.choices[0]?.finish_reason === 'stop') break;
  }
}
