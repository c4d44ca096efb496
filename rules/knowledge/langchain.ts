// LangChain JS: runnables (chat models, chains, agents) and tools. Chat models pass the provider SDK's
// default timeout through and retry 6 times (maxRetries default in @langchain/core's AsyncCaller).
import type { OutboundCallFact, ToolRegistrationFact } from './types.js';

const checked = '@langchain/core@1.4.0';

export const langchainCalls: OutboundCallFact[] = [
  {
    kind: 'llm', label: 'LangChain model call', module: ['@langchain/openai', '@langchain/anthropic'], instance: true,
    path: ['**.invoke', '**.stream', '**.batch', '**.streamEvents'], optionsArgs: [1], signalOptions: ['signal'], timeoutOptions: ['timeout'],
    lenientDefault: 'LangChain passes the provider SDK default through (10 minutes) and retries 6 times',
    checkedAgainst: checked,
  },
  {
    kind: 'llm', label: 'LangChain runnable call',
    module: ['@langchain/*', 'langchain', 'langchain/*', '@langchain/langgraph', '@langchain/langgraph/*'], instance: true,
    path: ['**.invoke', '**.stream', '**.batch', '**.streamEvents'], optionsArgs: [1], signalOptions: ['signal'], timeoutOptions: ['timeout'],
    checkedAgainst: checked,
  },
];

export const langchainTools: ToolRegistrationFact[] = [
  { framework: 'LangChain', module: ['@langchain/core/tools', 'langchain', 'langchain/tools'], export: ['tool'], path: [''], handler: 0,
    signalFrom: { param: 1, property: 'signal' }, checkedAgainst: checked },
  { framework: 'LangChain', module: ['@langchain/core/tools', 'langchain/tools'], export: ['DynamicStructuredTool', 'DynamicTool'], path: [''],
    construct: true, handler: { option: 'func', arg: 0 }, checkedAgainst: checked },
];

/** Base classes whose subclasses' `_call` method is a tool handler. */
export const langchainToolBaseClasses = {
  module: ['@langchain/core/tools', 'langchain/tools'],
  export: ['StructuredTool', 'Tool', 'DynamicStructuredTool'],
  method: '_call',
  checkedAgainst: checked,
};
