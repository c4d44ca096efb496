// ChatCerebras (@langchain/cerebras) is a LangChain chat model: its invoke, and a structured-output runnable made from
// it, wait on Cerebras's API with no deadline unless the call's config carries `signal`/`timeout` or the model was made
// with `timeout` — the bounded calls are clean.
import { ChatCerebras } from '@langchain/cerebras';
import { z } from 'zod';

const model = new ChatCerebras({ model: 'llama-3.3-70b', temperature: 0 });
const boundedModel = new ChatCerebras({ model: 'llama-3.3-70b', timeout: 20_000 });

const Summary = z.object({ title: z.string(), bullets: z.array(z.string()) });

export async function summarise(text: string) {
  const structured = model.withStructuredOutput(Summary);
  return structured.invoke(`Summarise:\n${text}`); // expect: missing-deadline
}

export async function answer(question: string) {
  const reply = await model.invoke(question); // expect: missing-deadline
  return reply.content;
}

export async function answerWithin(question: string, signal: AbortSignal) {
  const reply = await model.invoke(question, { signal });
  return reply.content;
}

export async function answerBounded(question: string) {
  const reply = await boundedModel.invoke(question);
  return reply.content;
}
