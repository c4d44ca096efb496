// Agent frameworks: OpenAI Agents SDK, Mastra, Inngest AgentKit, VoltAgent, LlamaIndex.TS, GOAT, Coinbase AgentKit — their
// tools, runs and loop defaults.
import type { AgentRunnerFact, DecoratedToolFact, FrameworkModelCallFact, OutboundCallFact, ReturnedInstanceFact, ToolRegistrationFact, TypedToolObjectFact } from './types.js';
import type { ListenerContract } from './slack-bolt.js';

export const agentFrameworkTools: ToolRegistrationFact[] = [
  { framework: 'OpenAI Agents SDK', module: ['@openai/agents', '@openai/agents-core'], export: ['tool'], path: [''],
    // ToolExecuteFunction is (input, context?, details?) and the signal is details.signal (@openai/agents-core 0.20.0 dist/tool.d.ts).
    handler: { option: 'execute', arg: 0 }, signalFrom: { param: 2, property: 'signal' }, checkedAgainst: '@openai/agents-core@0.20.0' },
  { framework: 'Mastra', module: ['@mastra/core', '@mastra/core/*'], export: ['createTool'], path: [''],
    handler: { option: 'execute', arg: 0 }, signalFrom: { param: 1, property: 'abortSignal' }, keptAs: 'execute',
    checkedAgainst: '@mastra/core@0.24 (dist tools/tool.ts: createTool(opts) returns new Tool(opts), whose constructor sets this.execute = opts.execute)' },
  // Convex Agent: createTool({ description, inputSchema, execute(ctx, input, options) }) (src/vercel/client/createTool.ts;
  // its older `handler` was removed in 0.6.0).
  { framework: 'Convex Agent', module: ['@convex-dev/agent'], export: ['createTool'], path: [''],
    handler: { option: 'execute', arg: 0 }, checkedAgainst: '@convex-dev/agent@0.7.1' },
  { framework: 'Inngest AgentKit', module: ['@inngest/agent-kit'], export: ['createTool'], path: [''],
    handler: { option: 'handler', arg: 0 }, checkedAgainst: '@inngest/agent-kit@0.13' },
  // VoltAgent: createTool({ name, parameters, execute }) (alias `tool`), or new Tool({…}).
  { framework: 'VoltAgent', module: ['@voltagent/core'], export: ['createTool', 'tool'], path: [''],
    handler: { option: 'execute', arg: 0 }, checkedAgainst: '@voltagent/core@2.10.0' },
  { framework: 'VoltAgent', module: ['@voltagent/core'], export: ['Tool'], path: [''], construct: true,
    handler: { option: 'execute', arg: 0 }, checkedAgainst: '@voltagent/core@2.10.0' },
  // LlamaIndex.TS: FunctionTool.from(fn, metadata) or FunctionTool.from({ execute, … }) (exported as `tool` too), new FunctionTool(fn, metadata).
  { framework: 'LlamaIndex', module: ['llamaindex', '@llamaindex/core/tools', '@llamaindex/core', '@llamaindex/tools'], export: ['FunctionTool'], path: ['from'],
    handler: { option: 'execute', arg: 0, orFunction: true }, checkedAgainst: '@llamaindex/core@0.6.22' },
  { framework: 'LlamaIndex', module: ['llamaindex', '@llamaindex/core/tools', '@llamaindex/core'], export: ['tool'], path: [''],
    handler: { option: 'execute', arg: 0, orFunction: true }, checkedAgainst: '@llamaindex/core@0.6.22' },
  { framework: 'LlamaIndex', module: ['llamaindex', '@llamaindex/core/tools', '@llamaindex/core'], export: ['FunctionTool'], path: [''], construct: true,
    handler: 0, checkedAgainst: '@llamaindex/core@0.6.22' },
  // The pi coding agent's extensions: `export default function (pi: ExtensionAPI) { pi.registerTool({ name, label,
  // description, parameters, execute(toolCallId, params, signal, onUpdate, ctx) }) }` registers a tool the model calls
  // by name; `defineTool({ … })` returns the same definition, typed, for a later registerTool (dist/core/extensions/types.d.ts
  // ExtensionAPI.registerTool(tool: ToolDefinition), ToolDefinition.execute, defineTool; wrapper.ts wrapRegisteredTool hands
  // the agent loop's call to `definition.execute`). The same packages now publish under @earendil-works.
  { framework: 'pi coding-agent extension', module: ['@mariozechner/pi-coding-agent', '@earendil-works/pi-coding-agent'], export: ['ExtensionAPI'], instance: true,
    path: ['registerTool'], handler: { option: 'execute', arg: 0 },
    checkedAgainst: '@mariozechner/pi-coding-agent@0.58.3 (badlogic/pi-mono 83378aa packages/coding-agent/src/core/extensions/types.ts, wrapper.ts); @earendil-works/pi-coding-agent@0.80.6 (dist/core/extensions/types.d.ts)' },
  { framework: 'pi coding-agent extension', module: ['@mariozechner/pi-coding-agent', '@earendil-works/pi-coding-agent'], export: ['defineTool'], path: [''],
    handler: { option: 'execute', arg: 0 }, checkedAgainst: '@earendil-works/pi-coding-agent@0.80.6 (dist/core/extensions/types.d.ts defineTool)' },
  // GOAT: createTool(config, execute) returns a ToolBase whose execute(parameters) calls the function given second
  // (packages/core/src/classes/ToolBase.ts); plugins return these from getTools(walletClient).
  { framework: 'GOAT', module: ['@goat-sdk/core'], export: ['createTool'], path: [''], handler: 1, checkedAgainst: '@goat-sdk/core@0.5.0' },
  // GAME (Virtuals): new GameFunction({ name, description, args, executable }) (src/function.ts); a GameWorker's step
  // finds the function by the model's fn_name and calls fn.execute(args), which calls this.executable(argValues, logger)
  // (src/worker.ts, src/chatAgent.ts). Corpus README question 21.
  { framework: 'GAME', module: ['@virtuals-protocol/game'], export: ['GameFunction'], path: [''], construct: true,
    handler: { option: 'executable', arg: 0 }, checkedAgainst: '@virtuals-protocol/game@0.1.14' },
  // Agentic: createAIFunction(spec, execute) or createAIFunction({ …spec, execute }) (stdlib/core/src/create-ai-function.ts):
  // the AIFunction parses the model's arguments and calls execute with them.
  { framework: 'Agentic', module: ['@agentic/core'], export: ['createAIFunction'], path: [''],
    handler: { option: 'execute', arg: 0, orArg: 1 }, checkedAgainst: '@agentic/core@8.4.4' },
  // Claude Agent SDK: tool(name, description, inputSchema, handler, extras?) makes an in-process MCP tool (SdkMcpToolDefinition)
  // that createSdkMcpServer({ tools }) serves to the agent query() runs; the handler gets the parsed arguments and
  // `extra`, and extras.annotations are the tool's MCP annotations (sdk.d.ts `export declare function tool<Schema extends
  // AnyZodRawShape>(_name, _description, _inputSchema, _handler: (args, extra) => Promise<CallToolResult>, _extras?: {
  // annotations?: ToolAnnotations; … })`). `@anthropic-ai/claude-code` is the same SDK before its rename.
  { framework: 'Claude Agent SDK', module: ['@anthropic-ai/claude-agent-sdk', '@anthropic-ai/claude-code'], export: ['tool'], path: [''],
    handler: 3, annotations: { arg: 4, property: 'annotations' }, checkedAgainst: '@anthropic-ai/claude-agent-sdk sdk.d.ts (tool, createSdkMcpServer; read in copies of 0.1.x to 0.3.x sdk.d.ts through the code index: the extras argument added later, the handler always fourth)' },
  // Coinbase AgentKit: customActionProvider(action | action[]) with { name, description, schema, invoke }
  // (src/action-providers/customActionProvider.ts) makes each action a method decorated @CreateAction that parses the
  // model's arguments and awaits invoke(walletProvider, args) (or invoke(args)); the provider's actions are the agent's tools.
  { framework: 'Coinbase AgentKit', module: ['@coinbase/agentkit'], export: ['customActionProvider'], path: [''],
    handler: { option: 'invoke', arg: 0, orEach: true }, checkedAgainst: '@coinbase/agentkit@0.11.0' },
];

/** Decorators that make a class method a tool (the method is the handler; its decorator runs when the class is defined). */
export const decoratedToolMethods: DecoratedToolFact[] = [
  // @CreateAction({ name, description, schema }) (src/action-providers/actionDecorator.ts): the action provider's method runs the action.
  { framework: 'Coinbase AgentKit', module: ['@coinbase/agentkit'], export: 'CreateAction', byName: true, checkedAgainst: '@coinbase/agentkit@0.11.0' },
  // @Tool({ name?, description }) (packages/core/src/decorators/Tool.ts) stores the method as a tool that
  // PluginBase#getTools hands to the model, called with (walletClient?, parameters).
  { framework: 'GOAT', module: ['@goat-sdk/core'], export: 'Tool', checkedAgainst: '@goat-sdk/core@0.5.0' },
  // @aiFunction({ name, description, inputSchema }) (stdlib/core/src/fns.ts) records the method; AIFunctionsProvider#functions
  // wraps each recorded method with createAIFunction(spec, method), which the model's parsed arguments call.
  { framework: 'Agentic', module: ['@agentic/core'], export: 'aiFunction', checkedAgainst: '@agentic/core@8.4.4' },
];

/** Objects a framework runs as tools because of their written type. */
export const typedToolObjects: TypedToolObjectFact[] = [
  // ElizaOS: an Action { name, similes, description, validate, handler, examples }; AgentRuntime.processActions finds the
  // action the model's response names (content.action, or a simile) and awaits action.handler(runtime, message, state,
  // {}, callback, responses) (packages/core/src/runtime.ts). Corpus README question 21.
  // The runtime's actions are the plugins' `actions` lists (Plugin { name, description, actions?: Action[], … }; registerPlugin
  // registers each): an action object listed there runs whether or not it was written with the type. `@ai16z/eliza` is the
  // same package before its rename to @elizaos/core (0.1.x: the same Action and Plugin interfaces, packages/core/src/types.ts).
  { framework: 'ElizaOS', module: ['@elizaos/core', '@ai16z/eliza'], type: 'Action', handler: 'handler', listedIn: { type: 'Plugin', property: 'actions' },
    checkedAgainst: '@elizaos/core@1.0 (runtime.ts processActions, registerPlugin), @ai16z/eliza@0.1.5 (packages/core/src/types.ts Action, Plugin)' },
  // Solana Agent Kit: an Action { name, similes, description, examples, schema, handler }; createSolanaTools hands each
  // to the AI SDK's tool() whose execute runs executeAction → action.handler(agent, validatedInput) (packages/core/src/
  // vercel-ai/index.ts, utils/actionExecutor.ts; the LangChain and MCP adapters do the same).
  { framework: 'Solana Agent Kit', module: ['solana-agent-kit'], type: 'Action', handler: 'handler',
    checkedAgainst: 'solana-agent-kit@2.0.5 (packages/core/src/vercel-ai/index.ts, utils/actionExecutor.ts)' },
];

/**
 * Agents whose run methods run the tools their options hold (`new Agent({ tools: { … } })`, then `agent.generate(…)`), and
 * the registry handing them out by the key its options file them under (`new Mastra({ agents: { research: researchAgent } })`,
 * then `mastra.getAgent('research')`): a run reaches its tools' writes (test/corpus/README.md question 84).
 */
export const agentToolHosts: ReadonlyArray<{ framework: string; module: string[]; export: string[]; runMethods: string[]; registry: { export: string[]; lookup: string; option: string }; checkedAgainst: string }> = [
  {
    framework: 'Mastra', module: ['@mastra/core', '@mastra/core/*'], export: ['Agent'], runMethods: ['generate', 'stream', 'generateVNext', 'streamVNext'],
    registry: { export: ['Mastra'], lookup: 'getAgent', option: 'agents' },
    checkedAgainst: '@mastra/core@0.24.9 (dist/agent/types.d.ts AgentConfig.tools; dist/mastra/index.d.ts Config.agents, getAgent(name): the agent filed under that key)',
  },
];

export const agentFrameworkCalls: OutboundCallFact[] = [
  {
    kind: 'llm', label: 'Mastra agent call', module: ['@mastra/core', '@mastra/core/*'], instance: true,
    path: ['generate', 'stream', '**.generate', '**.stream', 'generateVNext', 'streamVNext'], optionsArgs: [1], signalOptions: ['abortSignal'],
    timeoutOptions: [], checkedAgainst: '@mastra/core@0.24',
  },
  {
    kind: 'llm', label: 'OpenAI Agents run', module: ['@openai/agents', '@openai/agents-core'], export: ['run'], path: [''],
    optionsArgs: [2], signalOptions: ['signal'], timeoutOptions: [],
    lenientDefault: 'the Agents SDK uses the OpenAI client default (10-minute timeout, 2 retries)', builtOn: 'openai',
    checkedAgainst: '@openai/agents@0.20.0',
  },
  {
    kind: 'llm', label: 'OpenAI Agents run', module: ['@openai/agents', '@openai/agents-core'], export: ['Runner'], instance: true, path: ['run'],
    optionsArgs: [2], signalOptions: ['signal'], timeoutOptions: [],
    lenientDefault: 'the Agents SDK uses the OpenAI client default (10-minute timeout, 2 retries)', builtOn: 'openai',
    checkedAgainst: '@openai/agents@0.20.0',
  },
  {
    // Agent.generateText/streamText/generateObject/streamObject(input, options) run the AI SDK underneath (no deadline);
    // options.abortSignal aborts the operation's controller (packages/core/src/agent/agent.ts); there is no timeout option.
    kind: 'llm', label: 'VoltAgent agent call', module: ['@voltagent/core'], export: ['Agent'], instance: true,
    path: ['generateText', 'streamText', 'generateObject', 'streamObject'], optionsArgs: [1], signalOptions: ['abortSignal'], timeoutOptions: [],
    checkedAgainst: '@voltagent/core@2.9.1',
  },
  {
    // LlamaIndex.TS OpenAI LLM: `timeout` defaults to 60 s (with maxRetries 10), a real deadline; chat/complete/exec run the model.
    kind: 'llm', label: 'LlamaIndex LLM call', module: ['@llamaindex/openai'], export: ['OpenAI', 'openai'], instance: true,
    path: ['chat', 'complete', 'exec', 'streamExec'], optionsArgs: [0], signalOptions: [], timeoutOptions: ['timeout'], defaultDeadlineMs: 60_000,
    checkedAgainst: '@llamaindex/openai@0.4.22 (packages/providers/openai/src/llm.ts; exec in @llamaindex/core llms/base.ts)',
  },
];

/** Frameworks' own model calls, for the loop rules only (not calls `missing-deadline` covers: corpus README question 1). */
export const frameworkModelCalls: FrameworkModelCallFact[] = [
  // ElizaOS (0.x) packages/core/src/generation.ts: each of these builds a prompt and calls the configured model
  // provider (generateText; the others call generateText or generateObject, several in a `while (true)` retry).
  { label: 'ElizaOS model call', module: ['@elizaos/core'], path: [''],
    export: ['generateText', 'generateMessageResponse', 'generateShouldRespond', 'generateTweetActions', 'generateObject', 'generateObjectArray',
      'generateObjectDeprecated', 'generateTextArray', 'generateTrueOrFalse'],
    checkedAgainst: '@elizaos/core@0.1.9 (packages/core/src/generation.ts)' },
  // ElizaOS 1.x: AgentRuntime#useModel(modelType, params) runs the model handler a provider plugin registered
  // (packages/core/src/runtime.ts; it throws NoModelProviderConfiguredError when none is).
  { label: 'ElizaOS model call', module: ['@elizaos/core'], export: ['IAgentRuntime', 'AgentRuntime'], instance: true, path: ['useModel'],
    checkedAgainst: '@elizaos/core@1.0 (packages/core/src/runtime.ts useModel)' },
  // GAME: GameAgent#step asks the GAME API for the next action (gameClient.getAction: the model's decision over HTTP)
  // and runs the chosen function (src/agent.ts).
  { label: 'GAME agent step', module: ['@virtuals-protocol/game'], export: ['GameAgent', 'default'], instance: true, path: ['step'],
    checkedAgainst: '@virtuals-protocol/game@0.1.14 (src/agent.ts step → gameClient.getAction)' },
  // Mirascope (TypeScript): a response's `resume(…)` (Response, StreamResponse and their context variants) calls
  // `model.resume`/`contextResume`, which sends the extended history to the provider again; `Model#call`/`stream`
  // (and their context variants) call the provider. Everything hangs off the `llm` namespace (src/llm/responses/*.ts,
  // src/llm/models/model.ts).
  { label: 'Mirascope model call', module: ['mirascope'], export: ['llm'], instance: true,
    path: ['resume', 'resumeStream', 'contextResume', 'contextResumeStream', 'call', 'stream', 'contextCall', 'contextStream'],
    checkedAgainst: 'mirascope@2.5.0-alpha.0 (typescript/src/llm/responses/response.ts resume, models/model.ts)' },
  // pi-ai (the provider layer of the pi coding agent and the bots built on it): `stream`/`streamSimple` hand the
  // context to the registered provider for the model's api, `complete`/`completeSimple` await that stream's result
  // (packages/ai/src/stream.ts).
  // The same packages now publish under @earendil-works.
  { label: 'pi-ai model call', module: ['@mariozechner/pi-ai', '@earendil-works/pi-ai'], path: [''], export: ['stream', 'complete', 'streamSimple', 'completeSimple'],
    checkedAgainst: '@mariozechner/pi-ai@0.58.3 (packages/ai/src/stream.ts); @earendil-works/pi-ai@0.74.2 (dist/stream.d.ts)' },
  // pi-agent-core (the agent layer over pi-ai): Agent#prompt and #continue run the agent loop — stream the model's
  // answer, run the tools it calls, ask again while it calls tools or messages are queued (runLoop in
  // packages/agent/src/agent-loop.ts), with no turn cap; only Agent#abort stops it.
  { label: 'pi agent turn', module: ['@mariozechner/pi-agent-core', '@earendil-works/pi-agent-core'], export: ['Agent'], instance: true, path: ['prompt', 'continue'],
    checkedAgainst: '@mariozechner/pi-agent-core@0.58.3 (badlogic/pi-mono 83378aa: packages/agent/src/agent.ts prompt/continue → _runLoop → runAgentLoop/runAgentLoopContinue; agent-loop.ts runLoop `while (true)` around `while (hasMoreToolCalls || pendingMessages.length > 0)`); @earendil-works/pi-agent-core@0.79.10 (dist/agent.d.ts Agent.prompt/continue, dist/agent-loop.js the same `while (true)` around `while (hasMoreToolCalls || pendingMessages.length > 0)`)' },
  // Model SDKs no outbound-call table holds (their deadlines are not judged), known here as model calls for the loop
  // rules only; `completion`: built only from what the call is given, as an SDK completion is (a timer's stateless pass). Groq's client is a Stainless client like OpenAI's: `groq.chat.completions.create` (index.d.ts exports
  // Groq, also as the default; resources/chat/completions.d.ts).
  { label: 'Groq chat completion', module: ['groq-sdk'], export: ['default', 'Groq'], instance: true, path: ['chat.completions.create'], completion: true,
    checkedAgainst: 'groq-sdk@1.6.0 (index.d.ts, resources/chat/completions.d.ts Completions.create)' },
  // The legacy Google AI SDK: a GenerativeModel (`genAI.getGenerativeModel(…)`, modelSdkReturnedInstances) generates
  // content, and its ChatSession (`model.startChat()`) sends the history with each message (dist/generative-ai.d.ts).
  { label: 'Google AI model call', module: ['@google/generative-ai'], export: ['GenerativeModel'], instance: true, path: ['generateContent', 'generateContentStream'], completion: true,
    checkedAgainst: '@google/generative-ai@0.24.1 (dist/generative-ai.d.ts GenerativeModel.generateContent/generateContentStream)' },
  { label: 'Google AI chat message', module: ['@google/generative-ai'], export: ['ChatSession'], instance: true, path: ['sendMessage', 'sendMessageStream'],
    checkedAgainst: '@google/generative-ai@0.24.1 (dist/generative-ai.d.ts ChatSession.sendMessage/sendMessageStream)' },
  // Ollama's client: the default export is an Ollama instance; `chat` and `generate` ask the model (dist/index.d.ts).
  { label: 'Ollama model call', module: ['ollama', 'ollama/browser'], export: ['default'], path: ['chat', 'generate'], completion: true,
    checkedAgainst: 'ollama@0.6.4 (dist/index.d.ts `declare const _default: Ollama`, dist/browser.d.ts Ollama.chat/generate)' },
  { label: 'Ollama model call', module: ['ollama', 'ollama/browser'], export: ['Ollama', 'default'], instance: true, path: ['chat', 'generate'], completion: true,
    checkedAgainst: 'ollama@0.6.4 (dist/browser.d.ts class Ollama chat/generate)' },
  // ModelFusion: each model function calls the model it is given; runTool/runTools generate the tool calls and run them
  // (packages/modelfusion/src/model-function/generate-*/*.ts, src/tool/run-tool(s)/*.ts).
  { label: 'ModelFusion model call', module: ['modelfusion'], path: [''], export: ['generateText', 'streamText', 'generateObject', 'streamObject'], completion: true,
    checkedAgainst: 'modelfusion@0.137.0 (lgrammel/modelfusion 9d99703: packages/modelfusion/src/model-function/generate-text/generateText.ts, generate-object/generateObject.ts)' },
  { label: 'ModelFusion tool call', module: ['modelfusion'], path: [''], export: ['generateToolCall', 'generateToolCalls', 'runTool', 'runTools'],
    checkedAgainst: 'modelfusion@0.137.0 (lgrammel/modelfusion 9d99703: packages/modelfusion/src/tool/generate-tool-call(s)/*.ts, tool/run-tool(s)/*.ts)' },
];

/** What a model SDK's methods give back: the objects whose methods `frameworkModelCalls` names. */
export const modelSdkReturnedInstances: ReturnedInstanceFact[] = [
  { module: ['@google/generative-ai'], export: ['GoogleGenerativeAI'], instance: true, path: ['getGenerativeModel', 'getGenerativeModelFromCachedContent'], returns: 'GenerativeModel',
    checkedAgainst: '@google/generative-ai@0.24.1 (dist/generative-ai.d.ts GoogleGenerativeAI.getGenerativeModel(): GenerativeModel)' },
  { module: ['@google/generative-ai'], export: ['GenerativeModel'], instance: true, path: ['startChat'], returns: 'ChatSession',
    checkedAgainst: '@google/generative-ai@0.24.1 (dist/generative-ai.d.ts GenerativeModel.startChat(): ChatSession)' },
];

const piSessionPrompt: Omit<AgentRunnerFact, 'export' | 'path'> = {
  label: 'This pi coding-agent session prompt', module: ['@mariozechner/pi-coding-agent', '@earendil-works/pi-coding-agent'], instance: true,
  optionsArg: 1, bounds: [], unboundedValues: [], abortedThroughReceiver: true,
  checkedAgainst: '@mariozechner/pi-coding-agent@0.58.3 (badlogic/pi-mono 83378aa: packages/coding-agent/src/core/agent-session.ts `async prompt(text, options?: PromptOptions)` … `await this.agent.prompt(messages)`, sendUserMessage → `this.prompt(text, …)`, abort() → `this.agent.abort()`; src/core/sdk.ts `createAgentSession(…): Promise<CreateAgentSessionResult>` with `session: AgentSession`)',
};

/** Agent runs of these frameworks that loop until the model stops, with no bound to set (`bounds: []`). */
export const frameworkAgentRunners: AgentRunnerFact[] = [
  // GAME: GameAgent#run(heartbeatSeconds, options) is `while (true) { const action = await this.step(…); if (action ===
  // Wait || action === Unknown) break; await sleep(heartbeat) }` — it ends only when the model chooses to wait
  // (src/agent.ts); its options carry `verbose` only.
  { label: 'This GAME agent run', module: ['@virtuals-protocol/game'], export: ['GameAgent', 'default'], instance: true, path: ['run'],
    optionsArg: 1, bounds: [], unboundedValues: [], checkedAgainst: '@virtuals-protocol/game@0.1.14 (src/agent.ts run)' },
  // pi-coding-agent (the pi coding agent as a library): AgentSession#prompt(text, options) expands the text and awaits
  // `this.agent.prompt(messages)`, pi-agent-core's agent loop (frameworkModelCalls above: the model, the tools it calls
  // — read, bash, edit, write by default —, the model again, with no turn cap); sendUserMessage calls prompt. Its
  // options (images, streamingBehavior, source) hold no bound; only AgentSession#abort() stops the run. Sessions are
  // `new AgentSession(config)` or the `session` of `await createAgentSession(options)`.
  { ...piSessionPrompt, export: ['AgentSession'], path: ['prompt', 'sendUserMessage'] },
  { ...piSessionPrompt, export: ['createAgentSession'], path: ['session.prompt', 'session.sendUserMessage'] },
];

/** Loop defaults of agent runners. */
export const agentLoopDefaults = {
  openaiAgents: { option: 'maxTurns', defaultTurns: 10, checkedAgainst: '@openai/agents@0.20.0' },
  mastra: { option: 'maxSteps', checkedAgainst: '@mastra/core@0.24' },
};

/**
 * Mastra hands a workflow step's `execute` (and, in 0.x, a tool's) `{ inputData, mastra, … }`, with `mastra` the
 * Mastra instance the workflow or tool is registered on: `mastra.getAgent('name')` is one of its agents, whose
 * generate/stream call the model (agentFrameworkCalls).
 */
export const mastraListenerContracts: ListenerContract[] = [
  {
    // Coinbase AgentKit's customActionProvider calls a two-parameter invoke(walletProvider, args) with the agent's wallet
    // provider (src/action-providers/customActionProvider.ts: `invoke.length === 2`), typed by the provider's
    // TWalletProvider (an EvmWalletProvider in every project written against EVM chains; its sends are the wallet's).
    configuredBy: { module: ['@coinbase/agentkit'], export: ['customActionProvider'] },
    configCallbacks: ['invoke'],
    arity: 2,
    args: {},
    self: { module: '@coinbase/agentkit', exportName: 'EvmWalletProvider' },
    checkedAgainst: '@coinbase/agentkit@0.11.0',
  },
  {
    configuredBy: { module: ['@mastra/core', '@mastra/core/*'], export: ['createStep', 'createTool'] },
    configCallbacks: ['execute'],
    args: { mastra: { module: '@mastra/core', exportName: 'Mastra' } },
    checkedAgainst: '@mastra/core@0.24.9 (dist/workflows/step.d.ts ExecuteFunctionParams.mastra: Mastra; dist/tools/types.d.ts ToolExecutionContext.mastra; dist/mastra/index.d.ts getAgent)',
  },
];
