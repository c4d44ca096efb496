// A chat REPL that asks the person only when a flag says so, and clears the flag after a tool call so
// the model's next request goes out straight away: a chain of tool calls runs with nobody in the loop
// and nothing counting. The twin asks the person on every turn (bounded by that person).
import Anthropic from '@anthropic-ai/sdk';
import * as readline from 'node:readline/promises';

const client = new Anthropic({ timeout: 60_000 });
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });

async function executeTool(name: string, input: unknown): Promise<string> {
  return JSON.stringify({ name, input, ok: true });
}

export async function chatSkippingPromptAfterTools(): Promise<void> {
  const conversation: Anthropic.MessageParam[] = [];
  let askPerson = true;
  while (true) { // expect: unbounded-agent-loop
    if (askPerson) {
      const line = await rl.question('> ');
      if (line === 'quit') break;
      conversation.push({ role: 'user', content: line });
    }
    askPerson = true;
    const reply = await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: conversation });
    conversation.push({ role: 'assistant', content: reply.content });
    for (const block of reply.content) {
      if (block.type !== 'tool_use') continue;
      conversation.push({ role: 'user', content: [{ type: 'tool_result', tool_use_id: block.id, content: await executeTool(block.name, block.input) }] });
      askPerson = false;
    }
  }
}

export async function chatAskingEveryTurn(): Promise<void> {
  const conversation: Anthropic.MessageParam[] = [];
  while (true) {
    const line = await rl.question('> ');
    if (line === 'quit') break;
    conversation.push({ role: 'user', content: line });
    const reply = await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: conversation });
    conversation.push({ role: 'assistant', content: reply.content });
  }
}
