// The model call is a closure a factory returns (`const completer = createCompleter(options)`, then
// `completer(messages)`), and the loop is a named generator function expression that calls itself by its own name
// (`yield* runner()`) until a tool chain says stop — with no stop tools, never. A runner counting its rounds
// down is clean.
import OpenAI from 'openai';

interface ToolChain { run(message: unknown): AsyncIterable<unknown>; mustStop(): boolean }

export function createCompleter(options: { apiKey: string; model: string }) {
  const openai = new OpenAI({ apiKey: options.apiKey, timeout: 60_000 });
  return async (messages: OpenAI.ChatCompletionMessageParam[]) => {
    const completion = await openai.chat.completions.create({ model: options.model, messages, tool_choice: 'required' });
    return completion.choices[0]!.message;
  };
}

export function createFreeRunner(options: { apiKey: string; model: string; history: OpenAI.ChatCompletionMessageParam[]; toolChain: ToolChain }) {
  const completer = createCompleter(options);
  return async function* runner(): AsyncGenerator<unknown> {
    const message = await completer(options.history);
    yield message;
    for await (const result of options.toolChain.run(message)) yield result;
    if (!options.toolChain.mustStop()) {
      yield* runner(); // expect: unbounded-agent-loop
    }
  };
}

export function createCountedRunner(options: { apiKey: string; model: string; history: OpenAI.ChatCompletionMessageParam[]; toolChain: ToolChain }) {
  const completer = createCompleter(options);
  return async function* runner(roundsLeft = 10): AsyncGenerator<unknown> {
    const message = await completer(options.history);
    yield message;
    for await (const result of options.toolChain.run(message)) yield result;
    if (roundsLeft > 1 && !options.toolChain.mustStop()) {
      yield* runner(roundsLeft - 1);
    }
  };
}
