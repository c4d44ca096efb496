// The planner step: one model call that decides the next action. It is called from the worker
// loop in another file.
import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export interface PlannedAction {
  kind: 'browse' | 'answer';
  detail: string;
}

export async function planNextAction(goal: string, history: string[]): Promise<PlannedAction> {
  const { text } = await generateText({
    model: openai('gpt-5-mini'),
    prompt: `Goal: ${goal}\nSo far:\n${history.join('\n')}\nReply "browse <url>" or "answer <text>".`,
    timeout: 30_000,
  });
  const [kind, ...rest] = text.trim().split(' ');
  return { kind: kind === 'answer' ? 'answer' : 'browse', detail: rest.join(' ') };
}
