// A loop testing state of its own (`while (!state.answer)`) is judged when its model call is at most three calls
// below it: there the bound, if any, would be in sight. Four calls down, such a loop keeps its bound beside the model
// call (here a budget a helper spends and throws past) and is not judged. A run loop (`while (true)`) reaching the same
// depth with no budget anywhere is followed all the way (`cycle()` → `think()` → `reflect()` → `plan()` → `ask()`).
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 30_000, maxRetries: 0 });

interface State {
  answer?: string;
  notes: string[];
  budget: number;
}

async function ask(state: State): Promise<string | undefined> {
  const reply = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: state.notes.join('\n') }] });
  return reply.choices[0]?.message.content ?? undefined;
}

async function plan(state: State): Promise<string | undefined> {
  return ask(state);
}

async function step(state: State): Promise<void> {
  const text = await plan(state);
  if (text?.startsWith('ANSWER:')) state.answer = text.slice(7);
  else if (text) state.notes.push(text);
}

export async function solve(state: State): Promise<string> {
  while (!state.answer) { // expect: unbounded-agent-loop
    await step(state);
  }
  return state.answer;
}

async function spend(state: State): Promise<string | undefined> {
  state.budget -= 1;
  if (state.budget < 0) throw new Error('out of budget');
  return ask(state);
}

async function planWithinBudget(state: State): Promise<string | undefined> {
  return spend(state);
}

async function budgetedStep(state: State): Promise<void> {
  const text = await planWithinBudget(state);
  if (text?.startsWith('ANSWER:')) state.answer = text.slice(7);
  else if (text) state.notes.push(text);
}

export async function solveWithinBudget(state: State): Promise<string> {
  while (!state.answer) {
    await budgetedStep(state);
  }
  return state.answer;
}

async function reflect(state: State): Promise<string | undefined> {
  return plan(state);
}

async function think(state: State): Promise<void> {
  const text = await reflect(state);
  if (text) state.notes.push(text);
}

async function cycle(state: State): Promise<void> {
  await think(state);
}

export async function runForever(state: State): Promise<never> {
  while (true) { // expect: unbounded-agent-loop
    await cycle(state);
  }
}
