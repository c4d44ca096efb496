// Strands agents loop (model call, tools, model call…) until the model stops asking for tools; the only caps are
// the run's `limits` (turns, totalTokens, outputTokens). A run of an agent with tools and no limits is
// unbounded, at the call; a run with limits, and an agent made without tools (it answers once), are clean.
import { Agent, tool } from '@strands-agents/sdk';
import { z } from 'zod';

const lookupOrder = tool({
  name: 'lookup_order',
  description: 'Find an order by id.',
  inputSchema: z.object({ orderId: z.string() }),
  callback: (input) => `order ${input.orderId} shipped`,
});

const supportAgent = new Agent({
  systemPrompt: 'You answer questions about orders, using lookup_order.',
  tools: [lookupOrder],
});

export async function answer(question: string) {
  const result = await supportAgent.invoke(question); // expect: unbounded-agent-loop
  return result.stopReason;
}

export async function streamAnswer(agent: Agent, question: string) {
  const events: string[] = [];
  for await (const event of agent.stream(question)) { // expect: unbounded-agent-loop
    events.push(event.type);
  }
  return events;
}

export async function answerWithinBudget(question: string) {
  const result = await supportAgent.invoke(question, { limits: { turns: 8, totalTokens: 50_000 } });
  return result.stopReason;
}

export async function greet(name: string) {
  const greeter = new Agent({ systemPrompt: 'Greet the person warmly.' });
  const result = await greeter.invoke(`Say hello to ${name}`);
  return result.stopReason;
}

export async function runWith(options: Parameters<Agent['invoke']>[1], question: string) {
  const result = await supportAgent.invoke(question, options);
  return result.stopReason;
}
