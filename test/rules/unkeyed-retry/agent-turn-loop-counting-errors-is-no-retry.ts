// An agent's turn loop: the header counts turns, each round asks the model with the conversation so far, a round
// that went well goes on to the next turn, and the catch counts errors and moves on. The posts in the try carry
// their turn's number and the model's answer of that turn — the next round is a new turn, not a second attempt at
// this one: clean. The same posts in a loop whose try leaves once the round went well (a step counter that re-asks
// for the same turn after a failure) are a retry.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 30_000, maxRetries: 0 });

async function postProgress(webhook: string, turn: number, text: string): Promise<void> {
  await fetch(webhook, { method: 'POST', body: JSON.stringify({ turn, text }), signal: AbortSignal.timeout(10_000) });
}

interface LoopState {
  turnNumber: number;
  errorCount: number;
}

export async function runTurns(webhook: string, history: OpenAI.ChatCompletionMessageParam[], maxTurns: number): Promise<void> {
  const state: LoopState = { turnNumber: 0, errorCount: 0 };
  while (state.turnNumber < maxTurns) {
    state.turnNumber++;
    try {
      const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages: history });
      const answer = completion.choices[0]?.message.content ?? '';
      await postProgress(webhook, state.turnNumber, answer);
      if (answer.includes('DONE')) {
        await postProgress(webhook, state.turnNumber, 'finished');
        break;
      }
      history.push({ role: 'assistant', content: answer }, { role: 'user', content: 'Continue.' });
    } catch (error) {
      state.errorCount++;
      if (state.errorCount > 3) throw error;
    }
  }
}

export async function workIterations(webhook: string, history: OpenAI.ChatCompletionMessageParam[], maxIterations: number): Promise<void> {
  let iteration = 0;
  while (iteration < maxIterations) {
    iteration++;
    try {
      const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages: history });
      const answer = completion.choices[0]?.message.content ?? '';
      const status = answer.includes('DONE') ? 'complete' : 'working';
      await postProgress(webhook, iteration, answer);
      if (status === 'complete') return;
      history.push({ role: 'assistant', content: answer });
    } catch (error) {
      console.error(`iteration ${iteration} failed`, error);
    }
  }
}

// Near-miss: the step counter bounds re-attempts of one reply — the try always leaves once the round went well, so a
// failure after the post landed asks again and posts the answer a second time.
export async function replyWithSteps(webhook: string, history: OpenAI.ChatCompletionMessageParam[], maxSteps: number): Promise<void> {
  let step = 0;
  while (step < maxSteps) {
    step++;
    try {
      const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages: history });
      await postProgress(webhook, 1, completion.choices[0]?.message.content ?? ''); // expect: unkeyed-retry
      return;
    } catch (error) {
      console.error(`step ${step} failed`, error);
    }
  }
}

// Near-miss: a turn counter whose try sets what the header reads once the round went well (`turn = maxTurns`) stops
// there: a failure before that goes round to post the same answer again.
export async function postUntilSent(webhook: string, answer: string, maxTurns: number): Promise<void> {
  let turn = 0;
  while (turn < maxTurns) {
    try {
      const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'user', content: answer }] });
      await postProgress(webhook, 1, completion.choices[0]?.message.content ?? ''); // expect: unkeyed-retry
      turn = maxTurns;
    } catch (error) {
      turn++;
      console.error('post failed', error);
    }
  }
}
