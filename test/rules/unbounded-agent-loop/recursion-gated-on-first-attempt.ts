// A fallback that recurses once: the self-call sits under `if (attempt === 0)` and passes 1, a value that fails the
// test it sits under, so the second call cannot recurse again — depth 1 (the seventeenth set's subtask executor). The
// twin that passes 0 again goes round for as long as the model keeps asking for a sub-plan.
import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';

interface Subtask { goal: string; notes: string[] }

export async function runSubtask(subtask: Subtask, attempt = 0): Promise<string> {
  const { text } = await generateText({ model: anthropic('claude-sonnet-4-5'), prompt: subtask.goal, abortSignal: AbortSignal.timeout(120_000) });
  if (text.includes('NEEDS_SUBPLAN')) {
    if (attempt === 0) {
      const simpler = { goal: `Try a simpler way: ${subtask.goal}`, notes: [...subtask.notes, text] };
      return runSubtask(simpler, 1);
    }
    return `gave up: ${text}`;
  }
  return text;
}

export async function runSubtaskAgain(subtask: Subtask, attempt = 0): Promise<string> {
  const { text } = await generateText({ model: anthropic('claude-sonnet-4-5'), prompt: subtask.goal, abortSignal: AbortSignal.timeout(120_000) });
  if (text.includes('NEEDS_SUBPLAN')) {
    if (attempt === 0) {
      return runSubtaskAgain({ goal: `Break this down further: ${subtask.goal}`, notes: [...subtask.notes, text] }, 0); // expect: unbounded-agent-loop
    }
    return `gave up: ${text}`;
  }
  return text;
}
