#!/usr/bin/env node
// A small weather agent on the real `openai` SDK: streamed chat completions with a tool, in a loop
// with a step bound and deadlines. It prints a run id, timestamps and the model's streamed words,
// so two runs never print the same thing — unless the second is an `agentvet replay` of the first.
// The SDK reads OPENAI_BASE_URL and OPENAI_API_KEY; point them at stub-server.mjs to run offline.
import OpenAI from 'openai';

const MAX_STEPS = 5;
const SYSTEM_PROMPT = 'You are a concise assistant. Use the tools to answer.';
const city = process.env.AGENT_CITY ?? 'Paris';

const client = new OpenAI({ timeout: 20_000, maxRetries: 1 });
const tools = [
  {
    type: 'function',
    function: {
      name: 'get_weather',
      description: 'Current weather in a city',
      parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
  },
];

/** The tool: a reading taken "now" from a flaky sensor. */
function getWeather({ city: place }) {
  return { city: place, temperature_c: 10 + Math.floor(Math.random() * 15), observed_at: new Date().toISOString() };
}

const runId = crypto.randomUUID();
const started = Date.now();
console.log(`run ${runId} started at ${new Date(started).toISOString()}`);

const messages = [
  { role: 'system', content: SYSTEM_PROMPT },
  { role: 'user', content: `What should I wear in ${city} today?` },
];

for (let step = 1; step <= MAX_STEPS; step++) {
  const stream = await client.chat.completions.create(
    { model: 'gpt-4o-mini', messages, tools, stream: true, stream_options: { include_usage: true } },
    { signal: AbortSignal.timeout(30_000) },
  );
  let text = '';
  let finishReason = null;
  let usage = null;
  const calls = [];
  for await (const chunk of stream) {
    const choice = chunk.choices[0];
    if (chunk.usage) usage = `${chunk.usage.total_tokens} tokens (${chunk.id})`;
    if (!choice) continue;
    if (choice.delta.content) {
      text += choice.delta.content;
      process.stdout.write(choice.delta.content);
    }
    for (const piece of choice.delta.tool_calls ?? []) {
      calls[piece.index] ??= { id: piece.id, name: '', arguments: '' };
      calls[piece.index].name += piece.function?.name ?? '';
      calls[piece.index].arguments += piece.function?.arguments ?? '';
    }
    finishReason = choice.finish_reason ?? finishReason;
  }
  if (text) process.stdout.write('\n');
  console.log(`  [step ${step}] ${finishReason}, ${usage}`);

  if (finishReason !== 'tool_calls') break;
  messages.push({
    role: 'assistant',
    content: null,
    tool_calls: calls.map((call) => ({ id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } })),
  });
  for (const call of calls) {
    const result = getWeather(JSON.parse(call.arguments));
    console.log(`  [step ${step}] ${call.name}(${call.arguments}) -> ${JSON.stringify(result)}`);
    messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(result) });
  }
}

console.log(`run ${runId} finished in ${Date.now() - started} ms`);
