// LangChain's older entry points (langchain 0.0.x): chains' `call`, `run` and `_call` and an AgentExecutor's
// `call` invoke the chain's model as `invoke` does (test/corpus/README.md question 25). A chain takes its deadline
// in the values (`signal`, `timeout`), not in the second argument.
import { initializeAgentExecutor } from 'langchain/agents';
import { LLMChain } from 'langchain/chains';
import { ChatOpenAI } from 'langchain/chat_models/openai';
import { OpenAI } from 'langchain/llms/openai';
import { PromptTemplate } from 'langchain/prompts';
import { SerpAPI } from 'langchain/tools';

/** A project chain: what it inherits from LLMChain is LangChain's. */
class TaskExecutionChain extends LLMChain {
  static fromLLM(llm: OpenAI): LLMChain {
    const prompt = PromptTemplate.fromTemplate('Objective: {objective}. Task: {task}. Response:');
    return new TaskExecutionChain({ prompt, llm });
  }
}

export async function executeTask(objective: string, task: string) {
  const model = new OpenAI({ temperature: 0.7 });
  const chain = TaskExecutionChain.fromLLM(model);
  const response = await chain._call({ objective, task }); // expect: missing-deadline
  return response.text as string;
}

export async function summarise(text: string) {
  const chain = new LLMChain({ llm: new OpenAI({ temperature: 0 }), prompt: PromptTemplate.fromTemplate('Summarise: {text}') });
  const summary = await chain.run(text); // expect: missing-deadline
  // Near-miss: the values carry the chain's deadline.
  const bounded = await chain.call({ text, signal: AbortSignal.timeout(30_000) });
  const timed = await chain.call({ text, timeout: 30_000 });
  return [summary, bounded.text, timed.text];
}

export async function browse(query: string) {
  const executor = await initializeAgentExecutor([new SerpAPI()], new OpenAI({ temperature: 0 }), 'zero-shot-react-description', true);
  const result = await executor.call({ input: query }); // expect: missing-deadline
  return result.output as string;
}

export async function reflect(prompt: string) {
  const model = new ChatOpenAI({ temperature: 0.7 });
  const reply = await model.call([{ role: 'user', content: prompt }] as never); // expect: missing-deadline severity=warn
  return reply.text;
}

export async function createTasks(prompt: string, signal: AbortSignal) {
  // Near-miss: the caller's signal is handed to the model's client in its second argument (`baseOptions`).
  const model = new ChatOpenAI({ temperature: 0, maxRetries: 2 }, { baseOptions: { signal } });
  const reply = await model.call([{ role: 'user', content: prompt }] as never);
  return reply.text;
}
