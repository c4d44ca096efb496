// LangChain JS: runnables (chat models, chains, agents) and tools. Chat models pass the provider SDK's
// default timeout through and retry 6 times (maxRetries default in @langchain/core's AsyncCaller).
import type { OutboundCallFact, ToolRegistrationFact } from './types.js';

const checked = '@langchain/core@1.4.0';

/** Packages whose instances are chat models that call a provider over the network. */
export const langchainModelModules = [
  '@langchain/openai', '@langchain/anthropic', '@langchain/google-genai', '@langchain/google-vertexai', '@langchain/mistralai',
  '@langchain/groq', '@langchain/ollama', '@langchain/aws', '@langchain/cohere', '@langchain/xai', '@langchain/deepseek',
  // ChatCerebras extends BaseChatModel (langchainjs libs/langchain-cerebras/src/chat_models.ts, @langchain/cerebras 1.0).
  '@langchain/cerebras',
  '@langchain/community/chat_models/*', '@langchain/community/llms/*',
  // langchain 0.0.x entry points (`langchain/llms/openai`, `langchain/chat_models/openai`): the same models before the
  // provider packages split out (checked in langchain@0.0.214).
  'langchain/llms/*', 'langchain/chat_models/*',
];

/** Runnable methods (any stage of a chain: `**.`), and model methods of @langchain/core 0.x (`call`, `predict`…, 1.x keeps `generate`). */
const runnableMethods = ['**.invoke', '**.stream', '**.batch', '**.streamEvents'];
const modelMethods = ['generate', 'generatePrompt', 'call', 'callPrompt', 'predict', 'predictMessages'];
/**
 * `runManager?.getChild()` passed as a call's options is a CallbackManager (`getChild` makes one from the run's
 * handlers, tags and metadata): callbacks only, never a signal or a timeout.
 */
const callbackOnlyMethods = ['getChild'];

export const langchainCalls: OutboundCallFact[] = [
  {
    // Chains' older entry points (test/corpus/README.md question 25): `chain.call(values, config)`, `chain.run(input,
    // config)` and `LLMChain._call(values, runManager)` run the chain's model as `invoke` does. A deadline goes in the
    // values (langchain@0.0.214 chains/base.js: `call` races `values.signal` and turns `values.timeout` into one;
    // llm_chain.js: `_call` hands the model the values' call keys, `signal` and `timeout` among them); the second
    // argument is callbacks or a run manager, never a deadline. AgentExecutor is a chain (agents/executor.js).
    kind: 'llm', label: 'LangChain chain call',
    module: ['langchain/chains', 'langchain/agents', '@langchain/classic/chains', '@langchain/classic/agents'],
    instance: true,
    path: ['call', '_call', 'run'], optionsArgs: [0], signalOptions: ['signal'], timeoutOptions: ['timeout'],
    checkedAgainst: 'langchain@0.0.214',
  },
  {
    // langchain@0.0.214's `langchain/llms/openai` and `langchain/chat_models/openai` re-export @langchain/openai's classes.
    kind: 'llm', label: 'LangChain model call', module: ['@langchain/openai', '@langchain/anthropic', 'langchain/llms/openai', 'langchain/chat_models/openai'], instance: true,
    path: [...runnableMethods, ...modelMethods], optionsArgs: [1], signalOptions: ['signal'], timeoutOptions: ['timeout'], callbackOnlyMethods,
    lenientDefault: 'LangChain passes the provider SDK default through (10 minutes) and retries 6 times',
    checkedAgainst: checked,
  },
  {
    // Chat models of other providers, universal chat models, agents and compiled graphs — not prompt
    // templates or output parsers, whose invoke() never leaves the process.
    kind: 'llm', label: 'LangChain runnable call',
    // LangChain 1 moved the legacy agents (AgentExecutor extends BaseChain) to @langchain/classic
    // (langchainjs libs/langchain-classic/src/agents/executor.ts at 1cf9951).
    // deepagents' createDeepAgent returns langchain's createAgent(…).withConfig({ recursionLimit }) (langchain-ai/deepagentsjs
    // libs/deepagents/src/agent.ts at 57657c9): the same runnable, its invoke/stream bounded only by `signal`/`timeout`.
    module: [...langchainModelModules, 'langchain', 'langchain/agents', 'langchain/chains', '@langchain/classic/agents', 'langchain/chat_models/universal', '@langchain/langgraph', '@langchain/langgraph/*', 'deepagents'],
    instance: true,
    // `tool(fn, {…})` from 'langchain' is a tool: its invoke() runs the local function (whose own calls are checked).
    exceptExport: ['tool', 'DynamicTool', 'DynamicStructuredTool'],
    path: [...runnableMethods, ...modelMethods], optionsArgs: [1], signalOptions: ['signal'], timeoutOptions: ['timeout'], callbackOnlyMethods,
    checkedAgainst: checked,
  },
  {
    // A model typed by its abstract class (`model: BaseChatModel`, `this.llm: BaseLanguageModelInterface`): whichever
    // provider it is, its invoke() calls it. Checked in @langchain/core 1.4.0 (and 0.3.80 for the 0.x methods).
    kind: 'llm', label: 'LangChain model call',
    module: ['@langchain/core/language_models/*', 'langchain/chat_models/base', 'langchain/base_language', 'langchain/llms/base'],
    export: ['BaseChatModel', 'SimpleChatModel', 'BaseLanguageModel', 'BaseLanguageModelInterface', 'LanguageModelLike', 'BaseLLM', 'LLM'],
    instance: true,
    path: [...runnableMethods, ...modelMethods], optionsArgs: [1], signalOptions: ['signal'], timeoutOptions: ['timeout'], callbackOnlyMethods,
    checkedAgainst: `${checked}, @langchain/core@0.3.80, langchain@0.0.214 (its chat_models/base, base_language, llms/base)`,
  },
];

export const langchainTools: ToolRegistrationFact[] = [
  { framework: 'LangChain', module: ['@langchain/core/tools', 'langchain', 'langchain/tools'], export: ['tool'], path: [''], handler: 0,
    signalFrom: { param: 1, property: 'signal' }, checkedAgainst: checked },
  // Re-exported unchanged from @langchain/core/tools by @langchain/community's `tools/dynamic` entrypoint (dist/tools/dynamic.js)
  // and by @langchain/classic's `tools` (src/tools/index.ts).
  { framework: 'LangChain', module: ['@langchain/core/tools', 'langchain/tools', '@langchain/community/tools/dynamic', '@langchain/classic/tools'],
    export: ['DynamicStructuredTool', 'DynamicTool'], path: [''],
    construct: true, handler: { option: 'func', arg: 0 }, checkedAgainst: `${checked}; @langchain/community@0.3 (dist/tools/dynamic.js), @langchain/classic@1.0 (src/tools/index.ts)` },
];

/** Base classes whose subclasses' `_call` method is a tool handler. */
export const langchainToolBaseClasses = {
  module: ['@langchain/core/tools', 'langchain/tools', '@langchain/core/*'],
  export: ['StructuredTool', 'Tool', 'DynamicStructuredTool'],
  method: '_call',
  checkedAgainst: checked,
};
