// deepagents' `createDeepAgent` returns LangChain's `createAgent(…)` runnable (checked in langchain-ai/deepagentsjs
// libs/deepagents/src/agent.ts): its `invoke`/`stream` run the model with no deadline unless the call's config carries
// `signal` or `timeout` — a config holding only `configurable` or `streamMode` is a finding, also when a class method
// builds the agent — also an async method typed `Promise<DeepAgent>` that takes the run's parameters and returns the
// agent it makes. A signal in the config clears it; an agent made from options the code cannot see is not judged.
import { createDeepAgent, type CreateDeepAgentParams, type DeepAgent } from 'deepagents';
import { ChatAnthropic } from '@langchain/anthropic';

export class ResearchAgent {
  private buildAgent() {
    return createDeepAgent({ model: new ChatAnthropic({ model: 'claude-sonnet-4-5', timeout: 60_000 }), tools: [] });
  }

  async run(prompt: string) {
    const agent = this.buildAgent();
    const result = await agent.invoke({ messages: [{ role: 'user', content: prompt }] }, { configurable: { thread_id: 'run' } }); // expect: missing-deadline
    return result.messages;
  }

  async *stream(prompt: string) {
    const agent = this.buildAgent();
    for await (const chunk of await agent.stream({ messages: [{ role: 'user', content: prompt }] }, { streamMode: 'values' })) yield chunk; // expect: missing-deadline
  }

  async bounded(prompt: string) {
    const agent = this.buildAgent();
    return agent.invoke({ messages: [{ role: 'user', content: prompt }] }, { signal: AbortSignal.timeout(120_000) });
  }
}

export class CrawlAgent {
  constructor(private readonly options: CreateDeepAgentParams) {}

  private async buildAgent(params: { prompt: string; tools?: [] }): Promise<DeepAgent> {
    const tools = params.tools ?? [];
    return createDeepAgent({ model: new ChatAnthropic({ model: 'claude-sonnet-4-5' }), tools, systemPrompt: 'Crawl.' });
  }

  private async agentFromOptions(): Promise<DeepAgent> {
    return createDeepAgent(this.options);
  }

  async run(prompt: string) {
    const agent = await this.buildAgent({ prompt });
    return agent.invoke({ messages: [{ role: 'user', content: prompt }] }, { configurable: { run: 'crawl' } }); // expect: missing-deadline
  }

  async runFromOptions(prompt: string) {
    const agent = await this.agentFromOptions();
    return agent.invoke({ messages: [{ role: 'user', content: prompt }] });
  }
}
