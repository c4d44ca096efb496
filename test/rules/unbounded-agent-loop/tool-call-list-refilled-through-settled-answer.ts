// A list of the model's tool calls, taken one at a time (`calls[0]`) and replaced with the next answer's calls, where
// the answer comes out of a `Promise.allSettled` pair (`const [, settled] = await Promise.allSettled([save(), create()])`,
// `settled.value.choices[0].message.tool_calls`): the model refills the list, so its size bounds nothing — reported.
// Near-misses: the same loop counting its turns, and a list replaced with what a store hands back (no model call).
import OpenAI from 'openai';

declare function runTool(name: string, args: string): Promise<string>;
declare function saveTurn(turn: unknown): Promise<void>;
declare const inbox: { nextBatch(): Promise<OpenAI.Chat.Completions.ChatCompletionMessageToolCall[]> };

const openai = new OpenAI();

export async function runCalls(messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[], first: OpenAI.Chat.Completions.ChatCompletionMessageToolCall[]): Promise<void> {
  let pending = first;
  while (pending.length > 0) { // expect: unbounded-agent-loop
    const call = pending[0]!;
    messages.push({ role: 'tool', tool_call_id: call.id, content: await runTool(call.function.name, call.function.arguments) });
    const [, settled] = await Promise.allSettled([saveTurn(call), openai.chat.completions.create({ model: 'gpt-4o-mini', messages })]);
    if (settled.status === 'rejected') throw settled.reason;
    const reply = settled.value;
    const next = reply.choices[0]!.message.tool_calls;
    if (next) {
      pending = next;
      continue;
    }
    pending = [];
  }
}

export async function runCallsWithinEightTurns(messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[], first: OpenAI.Chat.Completions.ChatCompletionMessageToolCall[]): Promise<void> {
  let pending = first;
  let turns = 0;
  while (pending.length > 0 && turns < 8) {
    turns++;
    const call = pending[0]!;
    messages.push({ role: 'tool', tool_call_id: call.id, content: await runTool(call.function.name, call.function.arguments) });
    const [, settled] = await Promise.allSettled([saveTurn(call), openai.chat.completions.create({ model: 'gpt-4o-mini', messages })]);
    if (settled.status === 'rejected') throw settled.reason;
    const next = settled.value.choices[0]!.message.tool_calls;
    pending = next ?? [];
  }
}

/** Calls a store hands over batch after batch: the store decides when the list is empty, not a model. */
export async function replayStoredCalls(messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[]): Promise<void> {
  let pending = await inbox.nextBatch();
  while (pending.length > 0) {
    const call = pending[0]!;
    const [, settled] = await Promise.allSettled([saveTurn(call), inbox.nextBatch()]);
    if (settled.status === 'rejected') throw settled.reason;
    await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [...messages, { role: 'user', content: call.function.name }] });
    pending = settled.value;
  }
}
