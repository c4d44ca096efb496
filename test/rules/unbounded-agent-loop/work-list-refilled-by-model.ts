// A loop over a work list that the model refills: each turn sends the list to the model and replaces
// it with the results of the tools the model asked for, so the list empties only when the model stops
// asking. The twin drains a list of documents fixed before the loop (one model call per item).
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 60_000 });
type Message = OpenAI.Chat.Completions.ChatCompletionMessageParam;

async function runShell(args: string): Promise<string> {
  return `ran ${args}`;
}

export async function runTurns(first: Message[]): Promise<void> {
  const history: Message[] = [];
  let turnInput: Message[] = first;
  while (turnInput.length > 0) { // expect: unbounded-agent-loop
    history.push(...turnInput);
    const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages: history });
    const message = completion.choices[0]!.message;
    history.push(message);
    turnInput = [];
    for (const call of message.tool_calls ?? []) {
      if (call.type !== 'function') continue;
      turnInput.push({ role: 'tool', tool_call_id: call.id, content: await runShell(call.function.arguments) });
    }
  }
}

export async function summariseQueue(documents: string[]): Promise<string[]> {
  const queue = [...documents];
  const summaries: string[] = [];
  while (queue.length > 0) {
    const document = queue.shift()!;
    const completion = await openai.chat.completions.create({ model: 'gpt-4.1-mini', messages: [{ role: 'user', content: `Summarise: ${document}` }] });
    summaries.push(completion.choices[0]!.message.content ?? '');
  }
  return summaries;
}

/** A queue drained by reassignment (`[next, ...queue] = queue`), one model call per item: not refilled. */
export async function translateAll(paragraphs: string[]): Promise<string[]> {
  let queue = [...paragraphs];
  const out: string[] = [];
  while (queue.length > 0) {
    const [next, ...rest] = queue;
    queue = rest;
    const completion = await openai.chat.completions.create({ model: 'gpt-4.1-mini', messages: [{ role: 'user', content: `Translate: ${next}` }] });
    out.push(completion.choices[0]!.message.content ?? '');
  }
  return out;
}
