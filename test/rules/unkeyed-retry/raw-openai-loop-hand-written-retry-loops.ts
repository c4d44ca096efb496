// A raw OpenAI tool-use loop whose tool functions retry by hand: a for loop and a while loop,
// each with try/catch that re-sends the same POST with no key. Both place duplicate orders.
import OpenAI from 'openai';
import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';

const client = new OpenAI({ timeout: 30_000 });
const SHOP = 'https://shop.example.com/api';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function placeOrder(args: { sku: string; quantity: number }) {
  let lastError: unknown;
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const res = await fetch(`${SHOP}/orders`, { // expect: unkeyed-retry
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(args),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`shop ${res.status}`);
      return await res.json();
    } catch (error) {
      lastError = error;
      await sleep(250 * 2 ** attempt + Math.random() * 100);
    }
  }
  throw lastError;
}

async function addLoyaltyPoints(args: { customerId: string; points: number }) {
  let attempts = 0;
  while (attempts < 4) {
    attempts++;
    try {
      const res = await fetch(`${SHOP}/customers/${args.customerId}/points`, { // expect: unkeyed-retry
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ increment: args.points }),
        signal: AbortSignal.timeout(5_000),
      });
      if (res.ok) return await res.json();
    } catch {
      // network error: try again
    }
    await sleep(500 * attempts + Math.random() * 200);
  }
  throw new Error('could not add loyalty points');
}

const tools: ChatCompletionTool[] = [
  {
    type: 'function',
    function: {
      name: 'place_order',
      parameters: { type: 'object', properties: { sku: { type: 'string' }, quantity: { type: 'integer' } } },
    },
  },
  {
    type: 'function',
    function: {
      name: 'add_loyalty_points',
      parameters: { type: 'object', properties: { customerId: { type: 'string' }, points: { type: 'integer' } } },
    },
  },
];

export async function shopAssistant(messages: ChatCompletionMessageParam[]) {
  for (let turn = 0; turn < 8; turn++) {
    const completion = await client.chat.completions.create({ model: 'gpt-5-mini', messages, tools });
    const message = completion.choices[0]!.message;
    messages.push(message);
    if (!message.tool_calls?.length) return message.content;
    for (const call of message.tool_calls) {
      if (call.type !== 'function') continue;
      const args = JSON.parse(call.function.arguments);
      let output: unknown;
      switch (call.function.name) {
        case 'place_order':
          output = await placeOrder(args);
          break;
        case 'add_loyalty_points':
          output = await addLoyaltyPoints(args);
          break;
        default:
          output = { error: `unknown tool ${call.function.name}` };
      }
      messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(output) });
    }
  }
  throw new Error('assistant did not finish in 8 turns');
}
