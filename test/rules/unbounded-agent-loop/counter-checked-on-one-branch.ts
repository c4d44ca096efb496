// A counter that bounds only some turns: it is checked in the branch taken when the model answers
// without a tool call, so while the model keeps calling tools the count is never looked at and the
// loop runs on. The twin checks the counter before every model request.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 60_000 });
type Message = OpenAI.Chat.Completions.ChatCompletionMessageParam;

async function runTool(name: string, args: string): Promise<string> {
  return JSON.stringify({ name, args, result: 42 });
}

export async function answerOnlyOnStopBranch(messages: Message[]): Promise<string> {
  let count = 0;
  while (true) { // expect: unbounded-agent-loop
    count++;
    const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages });
    const reply = completion.choices[0]!;
    messages.push(reply.message);
    if (reply.message.tool_calls?.length && reply.finish_reason === 'tool_calls') {
      for (const call of reply.message.tool_calls) {
        if (call.type !== 'function') continue;
        messages.push({ role: 'tool', tool_call_id: call.id, content: await runTool(call.function.name, call.function.arguments) });
      }
    } else if (reply.finish_reason === 'stop' || count > 8) {
      return reply.message.content ?? '';
    }
  }
}

export async function answerWithCounterOnEveryTurn(messages: Message[]): Promise<string> {
  let count = 0;
  while (true) {
    if (++count > 8) throw new Error('still calling tools after 8 turns');
    const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages });
    const reply = completion.choices[0]!;
    messages.push(reply.message);
    if (reply.message.tool_calls?.length) {
      for (const call of reply.message.tool_calls) {
        if (call.type !== 'function') continue;
        messages.push({ role: 'tool', tool_call_id: call.id, content: await runTool(call.function.name, call.function.arguments) });
      }
    } else {
      return reply.message.content ?? '';
    }
  }
}

/** The counter sits in the branch that goes on (tool calls); the other branch stops: every looping path checks it. */
export async function answerWithCounterOnToolBranch(messages: Message[]): Promise<string> {
  let count = 0;
  while (true) {
    const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages });
    const reply = completion.choices[0]!;
    messages.push(reply.message);
    if (reply.finish_reason === 'stop') {
      return reply.message.content ?? '';
    } else if (++count > 8) {
      throw new Error('still calling tools after 8 turns');
    }
    for (const call of reply.message.tool_calls ?? []) {
      if (call.type !== 'function') continue;
      messages.push({ role: 'tool', tool_call_id: call.id, content: await runTool(call.function.name, call.function.arguments) });
    }
  }
}
