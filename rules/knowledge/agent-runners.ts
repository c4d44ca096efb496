// SDK agent runners whose tool loop stops on a bound only when the caller sets one: the run call itself is the
// unbounded agent loop (`unbounded-agent-loop` reports at the call). Each default checked in the package's code.
import type { AgentRunnerFact, CliAgentRunFact, ModelCommandFact, ReturnedInstanceFact, SignalOptionTypeFact } from './types.js';

export const agentRunners: AgentRunnerFact[] = [
  {
    // `while (true)` in BetaToolRunner; `if (this.#settings.max_iterations && this.#iterationCount >= …) break`.
    label: 'This tool runner', module: ['@anthropic-ai/sdk'], export: ['default', 'Anthropic'], instance: true, path: ['beta.messages.toolRunner'],
    optionsArg: 0, bounds: ['max_iterations'], unboundedValues: ['0', 'null', 'undefined', 'Infinity', 'Number.POSITIVE_INFINITY'],
    checkedAgainst: '@anthropic-ai/sdk@1.12.0 (src/lib/tools/BetaToolRunner.ts: `if (this.#settings.max_iterations && this.#iterationCount >= this.#settings.max_iterations) break`)',
  },
  {
    // Agent#stream → _stream: `while (true)` calls the model and runs the tools it asks for; the only caps are
    // InvokeOptions.limits (turns, totalTokens, outputTokens — each must be a positive finite number). An agent made
    // without tools ends after the model's first reply.
    label: 'This Strands agent run', module: ['@strands-agents/sdk'], export: ['Agent'], instance: true, path: ['invoke', 'stream'],
    optionsArg: 1, bounds: ['limits'], unboundedValues: ['undefined', 'null', '{}'], needsTools: 'tools',
    checkedAgainst: '@strands-agents/sdk@1.19.0 (dist/src/agent/agent.js: `while (true)` … `_checkLimits(options)`: `if (!limits) return undefined`)',
  },
  {
    // DurableAgent#stream(options) → streamTextIterator({ maxSteps: options.maxSteps, stopConditions: options.stopWhen }):
    // `const effectiveMaxSteps = maxSteps ?? Infinity; while (!done) { … }`, done when the model calls no tool or a
    // stop condition holds. Tools come from the constructor (`this.tools = options.tools ?? {}`).
    label: 'This DurableAgent run', module: ['@workflow/ai/agent'], export: ['DurableAgent'], instance: true, path: ['stream'],
    optionsArg: 0, bounds: ['maxSteps', 'stopWhen'], unboundedValues: ['undefined', 'null', 'Infinity', 'Number.POSITIVE_INFINITY'], needsTools: 'tools',
    checkedAgainst: '@workflow/ai@6.0.0 (dist/agent/stream-text-iterator.js: `const effectiveMaxSteps = maxSteps ?? Infinity`; same in 4.1.2)',
  },
  {
    // The Claude Agent SDK's `query({ prompt, options })` runs Claude Code's agent loop (model, tools, model…) until the
    // model stops; sdk.mjs passes `--max-turns` (and `--max-budget-usd`) to the CLI only when the option is set
    // (`if (maxTurns) args.push('--max-turns', …)`), and the CLI has no turn limit of its own. The package was
    // @anthropic-ai/claude-code's SDK before it was renamed, with the same `query` and options.
    label: 'This Claude Agent SDK run', module: ['@anthropic-ai/claude-agent-sdk', '@anthropic-ai/claude-code'], export: ['query'], instance: false, path: [''],
    optionsArg: 0, optionsProperty: 'options', bounds: ['maxTurns', 'maxBudgetUsd'], unboundedValues: ['0', 'null', 'undefined', 'Infinity', 'Number.POSITIVE_INFINITY'],
    // `permissionMode: 'bypassPermissions'` runs every tool unasked; `allowedTools: ['Bash(…)']` pre-approves the shell.
    // With neither, a headless run's write and shell tools wait for a permission nobody gives (`default` mode; `acceptEdits`
    // only edits files in the working directory).
    acting: [{ option: 'permissionMode', values: ['bypassPermissions'] }, { option: 'allowedTools', values: ['Bash'] }],
    // `abortController` (Options: "Controller for cancelling operations", default `new AbortController()`): aborting it
    // ends the run and the CLI it spawned.
    abortOption: 'abortController',
    checkedAgainst: '@anthropic-ai/claude-agent-sdk@0.3.337 (sdk.d.ts Options.maxTurns, maxBudgetUsd: no default; sdk.mjs: `if (p) W.push(pt("--max-turns", p))`; PermissionMode default | acceptEdits | bypassPermissions | plan)',
  },
  {
    // The OpenAI Codex SDK's `thread.run(input, turnOptions)` / `runStreamed(…)` spawns `codex exec --experimental-json`
    // for the turn (CodexExec.run) and reads its events until the process ends: the Codex CLI's agent loop, which has
    // no turn or budget option (cliAgentRuns below). TurnOptions holds `outputSchema`, `signal` and
    // `onRequestUserInput`; only the signal, handed to the spawn, stops the run (test/corpus/README.md question 101).
    label: 'This Codex SDK turn', module: ['@openai/codex-sdk'], export: ['Thread'], instance: true, path: ['run', 'runStreamed'],
    optionsArg: 1, bounds: ['signal'], unboundedValues: ['null', 'undefined'], boundedBySignal: true,
    checkedAgainst: 'openai/codex sdk/typescript/src (thread.ts: run and runStreamed → runStreamedInternal → this._exec.run({ …, signal: turnOptions.signal }); turnOptions.ts: outputSchema, signal, onRequestUserInput; exec.ts spawns `codex exec`)',
  },
  {
    // OpenCode's server runs a session's agent loop on every prompt: SessionPrompt.loop reads `const maxSteps =
    // agent.steps ?? Infinity` and ends only when the model stops (or on the last step, once `steps` is set in the
    // agent's config — never on the call). `session.prompt` waits for the reply, `session.promptAsync` returns at once
    // (204) while the run goes on; `noReply: true` stores the message without a run. v1 takes `{ path, body: {…} }`,
    // v2 (`@opencode-ai/sdk/v2`) the same fields flat. Clients: `createOpencodeClient()`, `createOpencode().client`,
    // `new OpencodeClient()`, a plugin's `PluginInput['client']` (test/corpus/README.md question 95).
    label: 'This OpenCode agent run', module: ['@opencode-ai/sdk', '@opencode-ai/sdk/*'], instance: true,
    path: ['session.prompt', 'session.promptAsync', 'client.session.prompt', 'client.session.promptAsync'],
    optionsArg: 0, bounds: [], unboundedValues: [], noRun: { option: 'noReply', values: ['true'] }, vendorClient: true,
    boundElsewhere: 'the only one is the agent\'s `steps` in the OpenCode config',
    checkedAgainst: 'sst/opencode packages/opencode/src/session/prompt.ts (`const maxSteps = agent.steps ?? Infinity`); packages/sdk/js/src/v2/gen/sdk.gen.ts Session.prompt / promptAsync (POST /session/{id}/message, /prompt_async; noReply, agent, model, system, parts — no step option)',
  },
  {
    label: 'This OpenCode agent run', module: ['@opencode-ai/plugin'], export: ['PluginInput'], instance: true,
    path: ['client.session.prompt', 'client.session.promptAsync'],
    optionsArg: 0, bounds: [], unboundedValues: [], noRun: { option: 'noReply', values: ['true'] }, vendorClient: true,
    boundElsewhere: 'the only one is the agent\'s `steps` in the OpenCode config',
    checkedAgainst: '@opencode-ai/plugin (src/index.ts: PluginInput.client is the SDK\'s createOpencodeClient result)',
  },
];

/**
 * What an agent SDK's method gives back: the Codex SDK's `codex.startThread(options)` and `resumeThread(id, options)`
 * return a `Thread`, whose `run`/`runStreamed` are the agent runs above.
 */
export const agentRunnerReturnedInstances: ReturnedInstanceFact[] = [
  { module: ['@openai/codex-sdk'], export: ['Codex'], instance: true, path: ['startThread', 'resumeThread'], returns: 'Thread',
    checkedAgainst: 'openai/codex sdk/typescript/src/codex.ts (startThread(options): Thread; resumeThread(id, options): Thread)' },
];

/** Commands an AWS SDK v3 client runs through `client.send(new XCommand(…))` that run a model. */
export const modelCommands: ModelCommandFact[] = [
  {
    // dist-types/commands: Converse, ConverseStream, InvokeModel, InvokeModelWithResponseStream and
    // InvokeModelWithBidirectionalStream run the model; ApplyGuardrail, CountTokens, the async-invoke listings do not.
    label: 'Bedrock', module: ['@aws-sdk/client-bedrock-runtime'], instance: true, path: ['send'],
    commands: '^(Converse|ConverseStream|InvokeModel|InvokeModelWithResponseStream|InvokeModelWithBidirectionalStream)Command$',
    // The aggregated client (`new BedrockRuntime().converse(…)`) has one method per command.
    methods: { export: ['BedrockRuntime'], path: ['converse', 'converseStream', 'invokeModel', 'invokeModelWithResponseStream', 'invokeModelWithBidirectionalStream'] },
    checkedAgainst: '@aws-sdk/client-bedrock-runtime@3.1178.0',
  },
];

/**
 * Coding agents' CLIs run headless. Claude Code's (`claude -p <task>` / `--print`): the agent loop the Claude Agent SDK
 * drives, which the SDK bounds only by passing `--max-turns` or `--max-budget-usd` (agentRunners above: the CLI has no
 * turn limit of its own; test/corpus/README.md questions 58 and 76); Codex's and Gemini's have no turn flag at all
 * (question 89). A process killed by a wall-clock timer is bounded by time.
 */
export const cliAgentRuns: CliAgentRunFact[] = [
  {
    label: 'This Claude Code run', program: 'claude', headless: ['-p', '--print'], bounds: ['--max-turns', '--max-budget-usd'], packages: ['claude', '@anthropic-ai/claude-code'],
    acting: ['--dangerously-skip-permissions', '--permission-mode bypassPermissions', '--allowedTools Bash', '--allowed-tools Bash'],
    checkedAgainst: '@anthropic-ai/claude-agent-sdk@0.3.337 (sdk.mjs passes `--max-turns`/`--max-budget-usd` to the CLI only when set); claude CLI --help (-p/--print: print the response and exit; --dangerously-skip-permissions, --permission-mode, --allowedTools)',
  },
  // OpenAI's Codex CLI: `codex exec <task>` runs the agent non-interactively until it is done; the CLI has no turn or
  // budget flag, so only a timer that kills the process bounds it (test/corpus/README.md question 89).
  {
    label: 'This Codex CLI run', program: 'codex', headless: ['exec'], bounds: [], packages: ['codex', '@openai/codex'],
    // `exec` runs in the read-only sandbox unless told otherwise; `--full-auto` is workspace-write with the network blocked.
    acting: ['--dangerously-bypass-approvals-and-sandbox', '--yolo', '--sandbox danger-full-access', '-s danger-full-access'],
    checkedAgainst: '@openai/codex CLI `codex exec --help` (non-interactive run; no turn or budget option; -s/--sandbox read-only | workspace-write | danger-full-access; docs/sandbox.md: network blocked unless danger-full-access)',
  },
  // Google's Gemini CLI: `gemini -p <task>` (`--prompt`) runs the agent headless; the turn cap is a settings-file value
  // (`maxSessionTurns`, -1 = off by default), not a flag the command line can pass (question 89).
  {
    label: 'This Gemini CLI run', program: 'gemini', headless: ['-p', '--prompt'], bounds: [], packages: ['gemini', '@google/gemini-cli'],
    // Headless, tools that need a confirmation are left out unless YOLO mode approves them all.
    acting: ['--yolo', '-y', '--approval-mode yolo'],
    checkedAgainst: 'google-gemini/gemini-cli packages/cli/src/config/config.ts (option prompt, alias p; no turn option) and Config maxSessionTurns ?? -1',
  },
  // OpenCode's CLI: `opencode run <message>` runs the agent on the message and exits; the agent loop's only step bound is
  // the agent's `steps` in the config (`agent.steps ?? Infinity`), no flag (test/corpus/README.md question 95).
  {
    label: 'This OpenCode CLI run', program: 'opencode', headless: ['run'], bounds: [], packages: ['opencode', 'opencode-ai'],
    // `run` rejects permission asks nobody answers unless told to approve them.
    acting: ['--dangerously-skip-permissions', '--auto', '--yolo'],
    checkedAgainst: 'sst/opencode packages/opencode/src/cli/cmd/run.ts (message positional; --agent, --model, --session, --continue, --format, --dangerously-skip-permissions/--auto/--yolo; no step option) and session/prompt.ts `agent.steps ?? Infinity`',
  },
  // claude-yes (agent-yes): runs Claude Code in a terminal and answers every permission prompt yes; the task comes from
  // `--prompt`/`-p` or after `--`, and the process ends only after `--exit-on-idle`/`--idle` without output (default
  // 60 s), an idle timer, not a budget (question 95). Run as `claude-yes` it passes no Claude flags through.
  {
    label: 'This claude-yes run', program: 'claude-yes', headless: ['-p', '--prompt', '--'], bounds: ['--max-turns'], packages: ['claude-yes', 'agent-yes'],
    acting: ['-p', '--prompt', '--'],
    checkedAgainst: 'snomiao/claude-yes ts/parseCliArgs.ts (prompt alias p, or the words after `--`; exit-on-idle default 60s, idle alias i; cliArgs passed to claude only when the CLI is named as an argument; robust re-spawn)',
  },
];

/**
 * Options types of agent runners that hold the run's cancellation: a project function declared to take one receives
 * the controller its callers fill (deadline-not-propagated's; test/corpus/README.md questions 88, 107).
 */
export const signalOptionTypes: SignalOptionTypeFact[] = [
  {
    module: ['@anthropic-ai/claude-agent-sdk', '@anthropic-ai/claude-code'], export: ['Options'], member: 'abortController',
    checkedAgainst: '@anthropic-ai/claude-agent-sdk sdk.d.ts (`export declare type Options = { abortController?: AbortController; …` — "Controller for cancelling the query" — read in a copy of the published sdk.d.ts through the code index; the same field in the docs\' Options table)',
  },
];
