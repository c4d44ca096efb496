// A local holding the model's tool calls, tested for emptiness and set again in the body from the next answer of a
// model call (the new Google Gen AI SDK's `chat.sendMessage(…).functionCalls`, the legacy SDK's
// `response.functionCalls()` read through a local the body sets): nothing drains the list, the model decides whether
// the next answer asks for more tools — reported. Near-misses: the same loop counting its turns, a list of calls the
// body drains with `shift()`, and a list set again from a queue that calls no model.
import { GoogleGenAI, type FunctionCall } from '@google/genai';
import { GoogleGenerativeAI, type Part } from '@google/generative-ai';

declare function runCall(call: { name?: string; args?: unknown }): Promise<Record<string, unknown>>;
declare const pending: { next(): Promise<{ functionCalls: FunctionCall[] }> };

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
const legacy = new GoogleGenerativeAI(process.env.GEMINI_API_KEY ?? '').getGenerativeModel({ model: 'gemini-1.5-flash' });

export async function answerWithTools(question: string): Promise<string | undefined> {
  const chat = ai.chats.create({ model: 'gemini-2.0-flash', config: { tools: [{ functionDeclarations: [] }] } });
  let answer = await chat.sendMessage({ message: question });
  let functionCalls = answer.functionCalls;
  while (functionCalls && functionCalls.length > 0) { // expect: unbounded-agent-loop
    const parts = [];
    for (const call of functionCalls) parts.push({ functionResponse: { name: call.name, response: await runCall(call) } });
    answer = await chat.sendMessage({ message: parts });
    functionCalls = answer.functionCalls ?? [];
  }
  return answer.text;
}

export async function legacyChatWithTools(question: string): Promise<string> {
  const chat = legacy.startChat({ history: [] });
  let response = (await chat.sendMessage(question)).response;
  let functionCalls = response.functionCalls();
  while (functionCalls && functionCalls.length > 0) { // expect: unbounded-agent-loop
    const parts: Part[] = [];
    for (const call of functionCalls) parts.push({ functionResponse: { name: call.name, response: await runCall(call) } });
    const next = await chat.sendMessage(parts);
    response = next.response;
    functionCalls = response.functionCalls();
  }
  return response.text();
}

export async function answerWithinTenTurns(question: string): Promise<string | undefined> {
  const chat = ai.chats.create({ model: 'gemini-2.0-flash' });
  let answer = await chat.sendMessage({ message: question });
  let functionCalls = answer.functionCalls;
  let turns = 0;
  while (functionCalls && functionCalls.length > 0 && turns < 10) {
    turns++;
    const parts = [];
    for (const call of functionCalls) parts.push({ functionResponse: { name: call.name, response: await runCall(call) } });
    answer = await chat.sendMessage({ message: parts });
    functionCalls = answer.functionCalls;
  }
  return answer.text;
}

/** The first answer's calls, taken one by one: the list empties whatever the model says. */
export async function runFirstCalls(question: string): Promise<void> {
  const chat = ai.chats.create({ model: 'gemini-2.0-flash' });
  const answer = await chat.sendMessage({ message: question });
  const functionCalls = [...(answer.functionCalls ?? [])];
  while (functionCalls.length > 0) {
    const call = functionCalls.shift()!;
    await chat.sendMessage({ message: [{ functionResponse: { name: call.name, response: await runCall(call) } }] });
  }
}

/** Calls handed over by a queue, not by the model's answer: the queue's content decides. */
export async function replayQueuedCalls(): Promise<void> {
  const chat = ai.chats.create({ model: 'gemini-2.0-flash' });
  let functionCalls = (await pending.next()).functionCalls;
  while (functionCalls.length > 0) {
    for (const call of functionCalls) await chat.sendMessage({ message: `${call.name} ran: ${JSON.stringify(await runCall(call))}` });
    functionCalls = (await pending.next()).functionCalls;
  }
}
