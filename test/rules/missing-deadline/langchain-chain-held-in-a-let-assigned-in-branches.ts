// A chain held in a `let` typed with the abstract `Runnable` and assigned in branches (`chain = prompt.pipe(llm…)`):
// what the assignments store says what it calls — a chat model, so `stream`/`streamEvents` with no signal or
// timeout have no explicit deadline (LangChain passes the SDK's 10-minute default through: lower severity).
// A legacy agent from @langchain/classic (LangChain 1's home of AgentExecutor) runs the model too.
// A model derived by `withStructuredOutput(Schema)` takes a schema there, not options: its call has no deadline
// either. Clean: a `let` holding only a prompt template (it never leaves the process), a chain given a signal,
// and a model bound with call options we cannot see into (`bindTools(tools, callOptions)` may bind a timeout).
import { ChatPromptTemplate } from '@langchain/core/prompts';
import type { Runnable } from '@langchain/core/runnables';
import { ChatOpenAI } from '@langchain/openai';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AgentExecutor, createToolCallingAgent } from '@langchain/classic/agents';
import { z } from 'zod';

const Weather = z.object({ city: z.string() });

export async function answer(input: string, structured: boolean, events: boolean) {
  const prompt = ChatPromptTemplate.fromMessages([['human', '{input}']]);
  const llm = new ChatOpenAI({ model: 'gpt-4o-mini', temperature: 0 });
  let chain: Runnable;
  if (structured) {
    chain = prompt.pipe(llm.withStructuredOutput(Weather, { name: 'get_weather' }));
  } else {
    chain = prompt.pipe(llm);
  }
  if (events) {
    return chain.streamEvents({ input }, { version: 'v2' }); // expect: missing-deadline severity=warn
  }
  const bounded = await chain.stream({ input }, { signal: AbortSignal.timeout(30_000) });
  await bounded.return?.();
  return chain.stream({ input }); // expect: missing-deadline severity=warn
}

export async function render(input: string, formal: boolean) {
  let template: Runnable;
  if (formal) template = ChatPromptTemplate.fromMessages([['system', 'Be formal.'], ['human', '{input}']]);
  else template = ChatPromptTemplate.fromMessages([['human', '{input}']]);
  return template.invoke({ input });
}

export async function check(model: BaseChatModel, text: string) {
  const bound = model.withStructuredOutput(Weather);
  return bound.invoke(text); // expect: missing-deadline
}

export async function withBoundOptions(model: BaseChatModel, text: string, callOptions: Record<string, unknown>) {
  const bound = model.bindTools!([], callOptions);
  return bound.invoke(text);
}

export async function runAgent(input: string, prompt: ChatPromptTemplate) {
  const llm = new ChatOpenAI({ model: 'gpt-4o-mini' });
  const agent = createToolCallingAgent({ llm, tools: [], prompt });
  const executor = new AgentExecutor({ agent, tools: [] });
  return executor.streamEvents({ input }, { version: 'v2' }); // expect: missing-deadline
}
