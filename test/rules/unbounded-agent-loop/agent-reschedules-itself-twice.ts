// test/corpus/README.md question 53: an autonomous agent that reschedules itself on a timer after every step, and
// again (with a growing but uncapped retry count) after a failure, runs on from both places: two findings, one per
// rescheduling call. The twin that counts its steps and stops at 100 is bounded on both paths: clean.
import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

declare function act(decision: string): Promise<void>;

export async function runAgent(retryCount: number): Promise<void> {
  try {
    const { text } = await generateText({ model: openai('gpt-4o-mini'), prompt: 'Decide the next action.', abortSignal: AbortSignal.timeout(30_000) });
    await act(text);
    setTimeout(() => runAgent(0), 60_000); // expect: unbounded-agent-loop
  } catch (error) {
    console.error('step failed', error);
    setTimeout(() => runAgent(retryCount + 1), 2 ** retryCount * 1_000); // expect: unbounded-agent-loop
  }
}

export async function runCountedAgent(step: number, retryCount: number): Promise<void> {
  if (step >= 100) return;
  try {
    const { text } = await generateText({ model: openai('gpt-4o-mini'), prompt: 'Decide the next action.', abortSignal: AbortSignal.timeout(30_000) });
    await act(text);
    setTimeout(() => runCountedAgent(step + 1, 0), 60_000);
  } catch (error) {
    console.error('step failed', error);
    setTimeout(() => runCountedAgent(step + 1, retryCount + 1), 2 ** retryCount * 1_000);
  }
}
