// Workflow DevKit's DurableAgent#stream loops until the model calls no tool: `maxSteps` defaults to Infinity and
// `stopWhen` to nothing. A stream with tools and neither is unbounded, at the call; one with maxSteps or stopWhen,
// and an agent made without tools, are clean.
import { DurableAgent } from '@workflow/ai/agent';
import { stepCountIs, type ModelMessage, type UIMessageChunk } from 'ai';
import { z } from 'zod';

async function searchFlights({ from, to }: { from: string; to: string }) {
  'use step';
  return [{ from, to, price: 120 }];
}

function travelAgent() {
  return new DurableAgent({
    model: 'anthropic/claude-sonnet-4',
    tools: {
      searchFlights: { description: 'Search flights', inputSchema: z.object({ from: z.string(), to: z.string() }), execute: searchFlights },
    },
  });
}

export async function chat(messages: ModelMessage[], writable: WritableStream<UIMessageChunk>) {
  'use workflow';
  const agent = travelAgent();
  await agent.stream({ messages, writable }); // expect: unbounded-agent-loop
}

export async function chatWithinSteps(messages: ModelMessage[], writable: WritableStream<UIMessageChunk>) {
  'use workflow';
  const agent = travelAgent();
  await agent.stream({ messages, writable, maxSteps: 10 });
  await agent.stream({ messages, writable, stopWhen: stepCountIs(12) });
}

export async function summarise(messages: ModelMessage[], writable: WritableStream<UIMessageChunk>) {
  'use workflow';
  const writer = new DurableAgent({ model: 'openai/gpt-4o-mini', system: 'Summarise the conversation.' });
  await writer.stream({ messages, writable });
}
