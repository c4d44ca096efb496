// Every request method of the OpenAI and Anthropic clients carries the SDK's 10-minute default (retried twice),
// not only completions and messages: Assistants runs, files, batches, vector stores, tool runners, token counts.
// Each takes its request options at its own argument (`runs.create(threadId, body, options)`), so a signal or
// timeout there clears the call, and a body in front of it does not.
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { createReadStream } from 'node:fs';

const openai = new OpenAI();
const anthropic = new Anthropic();

export async function runAssistant(assistantId: string, question: string, signal: AbortSignal) {
  const thread = await openai.beta.threads.create({ messages: [{ role: 'user', content: question }] }); // expect: deadline-not-propagated else missing-deadline severity=warn
  const run = await openai.beta.threads.runs.createAndPoll(thread.id, { assistant_id: assistantId }); // expect: deadline-not-propagated else missing-deadline severity=warn
  const again = await openai.beta.threads.runs.create(thread.id, { assistant_id: assistantId }, { signal });
  const messages = await openai.beta.threads.messages.list(thread.id, { limit: 5 }, { timeout: 20_000 });
  return { run, again, messages };
}

export async function answerToolCalls(threadId: string, runId: string, outputs: Array<{ tool_call_id: string; output: string }>) {
  // openai 4's argument order (threadId, runId, body, options) still runs on code pinned to it.
  await openai.beta.threads.runs.submitToolOutputsAndPoll(threadId, runId, { tool_outputs: outputs }, { signal: AbortSignal.timeout(30_000) });
  return openai.beta.threads.runs.submitToolOutputs(runId, { thread_id: threadId, tool_outputs: outputs }); // expect: missing-deadline severity=warn
}

export async function indexHandbook(path: string) {
  const file = await openai.files.create({ file: createReadStream(path), purpose: 'assistants' }); // expect: missing-deadline severity=warn
  const store = await openai.vectorStores.create({ name: 'handbook' }, { timeout: 15_000 });
  await openai.vectorStores.files.createAndPoll(store.id, { file_id: file.id }, { timeout: 120_000 });
  const batch = await openai.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' }, { signal: AbortSignal.timeout(10_000) });
  for await (const listed of openai.files.list()) console.log(listed.id); // expect: missing-deadline severity=warn
  return { store, batch };
}

export async function weatherWithTools(city: string) {
  const runner = openai.chat.completions.runTools({ // expect: missing-deadline severity=warn
    model: 'gpt-5-mini',
    messages: [{ role: 'user', content: `Weather in ${city}?` }],
    tools: [],
  });
  return runner.finalContent();
}

export async function summariseMany(requests: Anthropic.Messages.Batches.BatchCreateParams['requests']) {
  const batch = await anthropic.messages.batches.create({ requests }); // expect: missing-deadline severity=warn
  const tokens = await anthropic.messages.countTokens({ model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'hi' }] }); // expect: missing-deadline severity=warn
  const status = await anthropic.messages.batches.retrieve(batch.id, { timeout: 10_000 });
  const models = await anthropic.models.list(); // expect: missing-deadline severity=warn
  return { tokens, status, models };
}

export async function toolRunners(signal: AbortSignal) {
  const unbounded = anthropic.beta.messages.toolRunner({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [], tools: [] }); // expect: deadline-not-propagated else missing-deadline severity=warn
  const bounded = anthropic.beta.messages.toolRunner({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [], tools: [] }, { signal });
  // Starting a server-held thread sends nothing.
  const thread = anthropic.beta.messages.thread({ model: 'claude-sonnet-4-5', max_tokens: 1024 });
  return { unbounded, bounded, thread };
}
