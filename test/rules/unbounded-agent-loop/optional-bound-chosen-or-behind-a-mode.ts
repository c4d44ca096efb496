// A maximum the code picks as Infinity on some setting (`unlimited ? Infinity : 25`, `iterations === 0 ?
// Infinity : iterations`), and a cap checked only when a mode is on and the maximum set (`mode && max > 0 &&
// turns > max`): a bound the code makes optional is no bound (settled question 3). Twins: a choice between two
// finite maxima, and a maximum that is a constant (its `> 0` test is always true).
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 60_000 });

interface Settings { unlimited: boolean; iterations: number; careful: boolean; limit: number; fast: boolean }

async function step(task: string): Promise<string> {
  const reply = await openai.chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'user', content: task }] });
  return reply.choices[0]!.message.content ?? '';
}

export async function runChosenMaximum(task: string, settings: Settings): Promise<void> {
  const maxTurns = settings.unlimited ? Infinity : 25;
  let turns = 0;
  while (true) { // expect: unbounded-agent-loop
    turns++;
    if (turns > maxTurns) break;
    if ((await step(task)) === 'DONE') break;
  }
}

export async function runZeroMeansForever(task: string, settings: Settings): Promise<void> {
  const maxIterations = settings.iterations === 0 ? Infinity : settings.iterations;
  for (let i = 1; i <= maxIterations; i++) { // expect: unbounded-agent-loop
    if ((await step(task)) === 'DONE') break;
  }
}

export async function runCappedInCarefulMode(task: string, settings: Settings): Promise<void> {
  let turns = 0;
  while (true) { // expect: unbounded-agent-loop
    turns++;
    if (settings.careful && settings.limit > 0 && turns > settings.limit) break;
    if ((await step(task)) === 'DONE') break;
  }
}

export async function runChosenBetweenFiniteMaxima(task: string, settings: Settings): Promise<void> {
  const maxTurns = settings.fast ? 10 : 25;
  let turns = 0;
  while (true) {
    turns++;
    if (turns > maxTurns) break;
    if ((await step(task)) === 'DONE') break;
  }
}

export async function runConstantMaximum(task: string): Promise<void> {
  const limit = 20;
  let turns = 0;
  while (true) {
    turns++;
    if (limit > 0 && turns > limit) break;
    if ((await step(task)) === 'DONE') break;
  }
}
