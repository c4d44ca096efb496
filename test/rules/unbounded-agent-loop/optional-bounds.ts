// A bound the code makes optional: the loop runs without limit when it is unset (a negative or absent
// maximum, the way many agent runtimes spell "no limit"). Each is a finding at the loop (or the recursive
// call), whatever the default. Clean twins: a maximum that is a constant, one given a default where it is
// read, a loop that does not run at all when the maximum is unset, and an exit taken when it is unset.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 60_000 });
type Message = OpenAI.Chat.ChatCompletionMessageParam;
const MAX_TURNS = 10;

interface LoopOptions {
  maxTurns?: number;
  maxIterations?: number;
}

async function turn(messages: Message[]): Promise<boolean> {
  const completion = await openai.chat.completions.create({ model: 'gpt-4.1-mini', messages });
  const message = completion.choices[0]!.message;
  messages.push(message);
  return (message.tool_calls?.length ?? 0) > 0;
}

/** -1 (the default) means no limit. */
export async function runWithNegativeMeaningUnlimited(messages: Message[], maxTurns = -1) {
  let turns = 0;
  while (maxTurns < 0 || turns < maxTurns) { // expect: unbounded-agent-loop
    turns++;
    if (!(await turn(messages))) return;
  }
}

export class AgentRuntime {
  private iteration = 0;
  constructor(private readonly options: LoopOptions) {}

  async run(messages: Message[]) {
    while (this.options.maxIterations === undefined || this.iteration < this.options.maxIterations) { // expect: unbounded-agent-loop
      this.iteration += 1;
      if (!(await turn(messages))) return;
    }
  }
}

export async function runUntilDone(messages: Message[], options: LoopOptions) {
  let turns = 0;
  while (true) { // expect: unbounded-agent-loop
    turns++;
    if (options.maxTurns !== undefined && turns > options.maxTurns) return;
    if (!(await turn(messages))) return;
  }
}

export async function runSessionTurns(messages: Message[], getMaxSessionTurns: () => number) {
  for (let turns = 1; ; turns++) { // expect: unbounded-agent-loop
    if (getMaxSessionTurns() >= 0 && turns > getMaxSessionTurns()) throw new Error('max session turns exceeded');
    if (!(await turn(messages))) return;
  }
}

export async function reviseUntilDone(messages: Message[], depth: number, maxDepth?: number): Promise<void> {
  if (!(await turn(messages))) return;
  if (maxDepth === undefined || depth < maxDepth) return reviseUntilDone(messages, depth + 1, maxDepth); // expect: unbounded-agent-loop
}

// Clean: the maximum is a constant, so "is it set" is always true.
export async function runWithConstantMaximum(messages: Message[]) {
  let turns = 0;
  while (true) {
    turns++;
    if (MAX_TURNS > 0 && turns > MAX_TURNS) return;
    if (!(await turn(messages))) return;
  }
}

// Clean: a default where the maximum is read.
export async function runWithDefaultMaximum(messages: Message[], options: LoopOptions) {
  for (let turns = 0; turns < (options.maxTurns ?? 10); turns++) {
    if (!(await turn(messages))) return;
  }
}

// Clean: when the maximum is unset the loop does not run at all.
export async function runOnlyWhenLimited(messages: Message[], maxTurns = -1) {
  let turns = 0;
  while (maxTurns >= 0 && turns < maxTurns) {
    turns++;
    if (!(await turn(messages))) return;
  }
}

// Clean: an unset maximum exits at once.
export async function runOrStop(messages: Message[], options: LoopOptions) {
  let turns = 0;
  while (true) {
    turns++;
    if (options.maxTurns === undefined || turns > options.maxTurns) return;
    if (!(await turn(messages))) return;
  }
}
