// A coding-agent REPL in one loop: the person is asked for the next line only when the model's reply has no
// tool calls; while it keeps asking for tools, the loop runs them and calls the model again with nobody
// answering and nothing counting (question 22). The same in recursive form (the person asked in the `else` of
// a test on the function call). Twins: a loop that asks the person to approve every tool call as well as for
// each line, and a recursion that asks the person on every call.
import OpenAI from 'openai';
import * as readline from 'node:readline/promises';

const openai = new OpenAI({ timeout: 60_000 });
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
const tools: OpenAI.ChatCompletionTool[] = [{ type: 'function', function: { name: 'read_file', parameters: { type: 'object', properties: { path: { type: 'string' } } } } }];

async function runTool(call: OpenAI.ChatCompletionMessageToolCall): Promise<OpenAI.ChatCompletionMessageParam> {
  return { role: 'tool', tool_call_id: call.id, content: `ran ${call.type}` };
}

export async function replAskingOnlyWhenNoTools(): Promise<void> {
  const messages: OpenAI.ChatCompletionMessageParam[] = [];
  while (true) { // expect: unbounded-agent-loop
    const reply = await openai.chat.completions.create({ model: 'gpt-4.1', messages, tools });
    const message = reply.choices[0]!.message;
    messages.push(message);
    const toolCalls = message.tool_calls ?? [];
    if (toolCalls.length === 0) {
      const line = await rl.question('> ');
      if (line === 'exit') break;
      messages.push({ role: 'user', content: line });
      continue;
    }
    for (const call of toolCalls) messages.push(await runTool(call));
  }
}

export async function replApprovingEveryToolCall(): Promise<void> {
  const messages: OpenAI.ChatCompletionMessageParam[] = [];
  while (true) {
    const reply = await openai.chat.completions.create({ model: 'gpt-4.1', messages, tools });
    const message = reply.choices[0]!.message;
    messages.push(message);
    const toolCalls = message.tool_calls ?? [];
    if (toolCalls.length > 0) {
      for (const call of toolCalls) {
        const answer = await rl.question(`Allow ${call.id}? (y/n) `);
        messages.push(answer === 'y' ? await runTool(call) : { role: 'tool', tool_call_id: call.id, content: 'denied' });
      }
    } else {
      const line = await rl.question('> ');
      if (line === 'exit') break;
      messages.push({ role: 'user', content: line });
    }
  }
}

const history: OpenAI.ChatCompletionMessageParam[] = [];

export async function chatTurn(toolCall?: OpenAI.ChatCompletionMessageToolCall): Promise<void> {
  if (toolCall) {
    history.push(await runTool(toolCall));
  } else {
    history.push({ role: 'user', content: await rl.question('You: ') });
  }
  const reply = await openai.chat.completions.create({ model: 'gpt-4.1', messages: history, tools });
  const next = reply.choices[0]!.message.tool_calls?.[0];
  if (next) {
    return chatTurn(next); // expect: unbounded-agent-loop
  }
  history.push(reply.choices[0]!.message);
}

export async function chatTurnAskingEveryTime(): Promise<void> {
  const line = await rl.question('You: ');
  if (line === 'exit') return;
  history.push({ role: 'user', content: line });
  const reply = await openai.chat.completions.create({ model: 'gpt-4.1', messages: history });
  history.push(reply.choices[0]!.message);
  return chatTurnAskingEveryTime();
}
