// A turn limit whose default is Infinity, written as a parameter default or a destructuring default (the swarm-style
// `run({ agent, messages, maxTurns = Infinity })`): unless a caller passes a number the loop runs until the model stops
// calling tools (test/corpus/README.md questions 3 and 58). Clean twins: a finite default, and an Infinity default the
// function caps before the loop.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 60_000 });
type Message = OpenAI.Chat.ChatCompletionMessageParam;

interface RunOptions { messages: Message[]; model?: string; maxTurns?: number }

async function step(messages: Message[], model: string): Promise<boolean> {
  const completion = await openai.chat.completions.create({ model, messages });
  const reply = completion.choices[0]!.message;
  messages.push(reply);
  return (reply.tool_calls?.length ?? 0) > 0;
}

export async function runSwarm({ messages, model = 'gpt-4.1-mini', maxTurns = Infinity }: RunOptions) {
  let turns = 0;
  while (turns < maxTurns) { // expect: unbounded-agent-loop
    turns++;
    if (!(await step(messages, model))) break;
  }
  return messages;
}

export async function runPlanner(messages: Message[], turnLimit = Number.POSITIVE_INFINITY) {
  for (let turn = 0; turn < turnLimit; turn++) { // expect: unbounded-agent-loop
    if (!(await step(messages, 'gpt-4.1'))) return;
  }
}

// Clean: a finite default.
export async function runBounded({ messages, model = 'gpt-4.1-mini', maxTurns = 12 }: RunOptions) {
  let turns = 0;
  while (turns < maxTurns) {
    turns++;
    if (!(await step(messages, model))) break;
  }
}

// Clean: an Infinity default the function caps before the loop.
export async function runCapped(messages: Message[], turnLimit = Infinity) {
  turnLimit = Math.min(turnLimit, 25);
  for (let turn = 0; turn < turnLimit; turn++) {
    if (!(await step(messages, 'gpt-4.1'))) return;
  }
}
