// A turn bound taken from the caller's options with `Infinity` as its default — destructured from the options object
// in the body, or in the parameter list — is question 3's optional bound: unset, the loop runs until the model stops
// handing off or calling tools. Clean: the same loop with a finite default, and one whose default the function caps
// before looping.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 30_000 });

interface RunOptions {
  messages: OpenAI.Chat.ChatCompletionMessageParam[];
  maxTurns?: number;
}

export async function runUntilAnswered(options: RunOptions) {
  const { messages, maxTurns = Infinity } = options;
  const history = [...messages];
  let turns = 0;
  while (turns < maxTurns) { // expect: unbounded-agent-loop
    const reply = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: history });
    const message = reply.choices[0]!.message;
    history.push(message);
    if (!message.tool_calls?.length) break;
    turns++;
  }
  return history;
}

export async function runHandoffs({ messages, maxTurns = Number.POSITIVE_INFINITY }: RunOptions) {
  const history = [...messages];
  for (let turn = 0; turn < maxTurns; turn++) { // expect: unbounded-agent-loop
    const reply = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: history });
    history.push(reply.choices[0]!.message);
    if (reply.choices[0]!.finish_reason === 'stop') break;
  }
  return history;
}

export async function runWithDefaultLimit({ messages, maxTurns = 12 }: RunOptions) {
  const history = [...messages];
  for (let turn = 0; turn < maxTurns; turn++) {
    const reply = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: history });
    history.push(reply.choices[0]!.message);
    if (reply.choices[0]!.finish_reason === 'stop') break;
  }
  return history;
}

export async function runCapped(messages: RunOptions['messages'], maxTurns = Infinity) {
  maxTurns = Math.min(maxTurns, 20);
  const transcript = [...messages];
  let done = 0;
  while (done < maxTurns) {
    const { choices } = await openai.chat.completions.create({ model: 'gpt-4o', messages: transcript });
    transcript.push(choices[0]!.message);
    if (!choices[0]!.message.tool_calls) return transcript;
    done += 1;
  }
  return transcript;
}
