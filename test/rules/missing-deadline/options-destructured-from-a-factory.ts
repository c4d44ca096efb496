// An agent and its run options made together by a factory and taken apart by the caller
// (`const { agent, config } = await initializeAgent()`), then handed to the function that streams. The options
// the factory returns hold only a thread id: no signal, no timeout (reported). The twin factory's options carry
// `signal: AbortSignal.timeout(…)` (clean).
import { ChatOpenAI } from '@langchain/openai';
import { createAgent } from 'langchain';

async function initializeAgent() {
  const llm = new ChatOpenAI({ model: 'gpt-4.1-mini' });
  const agent = createAgent({ model: llm, tools: [] });
  const agentConfig = { configurable: { thread_id: 'chat' } };
  return { agent, config: agentConfig };
}

async function initializeTimedAgent() {
  const llm = new ChatOpenAI({ model: 'gpt-4.1-mini' });
  const agent = createAgent({ model: llm, tools: [] });
  return { agent, config: { configurable: { thread_id: 'batch' }, signal: AbortSignal.timeout(120_000) } };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function chat(agent: any, config: any, text: string) {
  const stream = await agent.stream({ messages: [{ role: 'user', content: text }] }, config); // expect: missing-deadline
  for await (const chunk of stream) console.log(chunk);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function summarise(agent: any, config: any, text: string) {
  return agent.invoke({ messages: [{ role: 'user', content: `Summarise: ${text}` }] }, config);
}

export async function main(question: string) {
  const { agent, config } = await initializeAgent();
  await chat(agent, config, question);
  const { agent: batchAgent, config: batchConfig } = await initializeTimedAgent();
  return summarise(batchAgent, batchConfig, question);
}
