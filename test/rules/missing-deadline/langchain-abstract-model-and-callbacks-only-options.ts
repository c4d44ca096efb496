// LangChain code written against the abstract model types (`BaseChatModel`, `BaseLanguageModelInterface`) calls
// whatever provider it is given: invoke() on it is a model call. Passing `runManager?.getChild()` as the options
// hands on callbacks only — a CallbackManager carries no signal and no timeout.
import type { CallbackManagerForChainRun } from '@langchain/core/callbacks/manager';
import type { BaseLanguageModelInterface } from '@langchain/core/language_models/base';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { RunnableConfig } from '@langchain/core/runnables';
import type { StructuredToolInterface } from '@langchain/core/tools';

export async function summarise(model: BaseChatModel, text: string) {
  return model.invoke(`Summarise in two sentences:\n${text}`); // expect: missing-deadline
}

export async function planWithTools(model: BaseChatModel, tools: StructuredToolInterface[], goal: string) {
  const withTools = model.bindTools!(tools);
  return withTools.invoke([{ role: 'user', content: goal }]); // expect: missing-deadline
}

export class TicketTriage {
  constructor(private readonly llm: BaseLanguageModelInterface) {}

  async label(ticket: string, runManager?: CallbackManagerForChainRun) {
    return this.llm.invoke(`Label this ticket: ${ticket}`, runManager?.getChild('label')); // expect: missing-deadline
  }

  async labelWithin(ticket: string, signal: AbortSignal) {
    return this.llm.invoke(`Label this ticket: ${ticket}`, { signal });
  }

  async labelWithConfig(ticket: string, config?: RunnableConfig) {
    // The caller's config may carry a signal or a timeout: not ours to judge here.
    return this.llm.invoke(`Label this ticket: ${ticket}`, config);
  }

  async labelWithTimeout(ticket: string, runManager?: CallbackManagerForChainRun) {
    return this.llm.invoke(`Label this ticket: ${ticket}`, { timeout: 20_000, callbacks: runManager?.getChild() });
  }
}
