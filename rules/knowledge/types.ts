// The shape of the knowledge tables: facts about SDKs and libraries that rules read instead of
// hard-coding names. Each fact says which package version it was checked against.

/**
 * Matches a resolved callee. `module` is an import specifier; an entry ending in `/*` matches the package and
 * its subpaths. `export` lists accepted export names (omit for any). `path` is the member path after the export or
 * instance, dot-separated; `*` matches one segment, a leading `**.` any prefix.
 */
export interface CallPattern {
  module: ReadonlyArray<string>;
  export?: ReadonlyArray<string>;
  /** true: only on instances (`new X()` / factory results); false: only on the export itself. */
  instance?: boolean;
  /** Export names that never match, even when `export` is omitted (LangChain `tool()` instances are not models). */
  exceptExport?: ReadonlyArray<string>;
  path: string[];
}

/**
 * What a package method's call gives back when the package's types say more than "an object of the same client"
 * (`channel.messages.fetch(id)` on a discord.js channel: a `Message`): the export the instance is of.
 */
export interface ReturnedInstanceFact extends CallPattern, Checked {
  returns: string;
  /** The instance is held in a member of the client (`app.octokit`), read rather than called. */
  member?: boolean;
  /**
   * The instance is of the class the client's creation options name under `key` (`new App({ appId, Octokit })`), or of
   * `returns` exported by `defaultModule` when the options name none.
   */
  classOption?: { key: string; defaultModule: string };
}

export interface Checked {
  /** Package and version the fact was checked against, e.g. `openai@7.57.0`. */
  checkedAgainst: string;
}

/** A name pattern a rule matches against (programs, options, words of a method name), with where it was checked. */
export interface PatternFact extends Checked {
  pattern: RegExp;
}

/** Where a call takes its options: the index of the argument holding the options object. */
export type OptionsArg = number | 'last';

export interface OutboundCallFact extends CallPattern, Checked {
  /** `api`: a request of an SDK client that is not a model call (files, batches, vector stores…). */
  kind: 'llm' | 'http' | 'mcp' | 'api';
  /** Name shown in messages. */
  label: string;
  /** Arguments that may hold per-call options (signal, timeout); for fetch-like calls the init object. */
  optionsArgs: OptionsArg[];
  /** A fetch-like call whose URL is not the first argument (`wrapZodFetch(schema, url, init)`): its index; the init follows it. */
  urlArg?: number;
  /** The last argument may be a response callback, not options (Node's `http.request(options, callback)`). */
  trailingCallback?: boolean;
  /** Options without a `url` name the request's path in `path` (Node's `http.request({ hostname, path, method })`). */
  urlInPathOption?: boolean;
  /** Option names that carry an abort signal (a dotted name is a nested property: `config.abortSignal`). */
  signalOptions: string[];
  /** Option names that set a deadline on the call, and on the client that makes it (dotted: nested). */
  timeoutOptions: string[];
  /** A default overall deadline that is real (ky 10 s, MCP 60 s): such calls are never missing a deadline. */
  defaultDeadlineMs?: number;
  /**
   * A default deadline that exists but is long and retried (OpenAI/Anthropic: 10 min, retried twice):
   * reported as "no explicit deadline" at lower severity.
   */
  lenientDefault?: string;
  /** Methods whose result, passed as the call's options, carries only callbacks (LangChain `runManager.getChild()`). */
  callbackOnlyMethods?: string[];
  /** Timeout option values that bound only stalls, not the whole call (AI SDK `chunkMs`). */
  stallOnlyTimeoutKeys?: string[];
  /** Timeout option values that bound the whole call (AI SDK `totalMs`, `stepMs`). */
  wholeCallTimeoutKeys?: string[];
  /**
   * The call makes no network request when this option (on the call, or on the client/agent it is made on) holds
   * an instance from one of these modules: the SDK's own test doubles (AI SDK `MockLanguageModelV3` from `ai/test`).
   */
  offlineWhen?: { option: string; module: string[] };
  /**
   * An agent runner built on another SDK's client (the OpenAI Agents SDK's `run()` on the openai client): a model
   * call for the loop rules, but not a call `missing-deadline` reports — RULES.md lists the underlying SDKs' calls,
   * and SDKs built on them count only where the project hands them a fetch (test/corpus/README.md, settled question 1).
   */
  builtOn?: string;
}

/** `run`: a command the model wrote, run on this machine (README question 38): it may write anything. */
export type WriteKind = 'create' | 'send' | 'charge' | 'append' | 'increment' | 'update-set' | 'delete-id' | 'upsert' | 'run';

/** Another kind of write when a property of an argument matches `pattern` (see WriteFact.kindByArgument). */
export interface KindByArgument {
  arg: number;
  property: string | ReadonlyArray<string>;
  pattern: string;
  write: WriteKind;
  /**
   * Only when every value found matches, and at least one is found. With `list[].name` as the property: the `name` of
   * each element of the `list` the argument carries (each event of a batch), every element seen.
   */
  everyValue?: boolean;
}

export interface WriteFact extends CallPattern, Checked {
  label: string;
  write: WriteKind;
  /**
   * The fact adds a write the method's name does not say (`connection.requestAirdrop`); the package's other methods are
   * still read by their names (engine/vendor-writes.ts), where the tables otherwise decide for every package they name.
   */
  besideNames?: true;
  /**
   * Where an idempotency key can be passed: the argument index of the options object and the option names; `positional`:
   * the argument itself is the key (LINE's `pushMessage(request, xLineRetryKey)`).
   */
  keyOption?: {
    arg: OptionsArg; names: string[]; positional?: boolean;
    /** An option the server dedupes on the key only with, set to anything but `false` (discord.js `enforceNonce` beside `nonce`). */
    requires?: string;
  };
  /**
   * The call writes only when this argument carries one of these properties (a Slack ChatStreamer's `stop()` posts
   * only the text it is given); an argument that cannot be seen into counts as carrying them.
   */
  writesOnlyWith?: {
    arg: number;
    properties: string[];
    /**
     * The call writes all the same when a source file of its package (not a test or mock) calls what this pattern names,
     * the callee ending in it: code there finishes what the call began (a Stripe PaymentIntent created unconfirmed,
     * confirmed by another tool: `stripe.paymentIntents.confirm(…)`).
     */
    unlessPackageMentions?: RegExp;
  };
  /**
   * The call starts a run of a project function the call's receiver was made with (a Trigger.dev task handle,
   * `task({ id, run })`: `child.trigger(payload)` runs its `run`): a write only when that function writes; a write too
   * when the function cannot be found.
   */
  runsOption?: string;
  /** No write when the client was made with one of these options set to `true` (Nodemailer's `streamTransport`: it builds the message and sends nothing). */
  notWithClientOption?: string[];
  /** The argument holding the request's path, for a client method that POSTs: a read-only path (search, query…) is no write. */
  pathArg?: number;
  /**
   * The argument holding an update document of operators (MongoDB `updateOne(filter, update)`): a `$push` appends and an
   * `$inc` increments (README questions 55 and 65); a whole document the model wrote may do either (questions 29, 71).
   */
  updateDocumentArg?: number;
  /**
   * The argument holding the filter whose first match a single-document delete removes (MongoDB `deleteOne(filter)`): a
   * whole filter the model wrote may match another document on a repeat, the next one (questions 55 and 65).
   */
  firstMatchFilterArg?: number;
  /**
   * The argument naming the record an upsert writes (a key-value `set(key, value)`): a key made fresh on each call
   * (`job:${randomUUID()}`) writes a new record every time, a create (README question 15).
   */
  keyArg?: number;
  /**
   * Where a create names the id of the record it makes (the argument, a property of it, or the argument of a chained
   * call: Drizzle's `.values({ id })`): an id the caller derives from its input is a key the database keeps unique, so a
   * repeat is refused rather than making a second record (README questions 15 and 19).
   */
  recordId?: { arg?: number; property?: string; chained?: string; ids: ReadonlyArray<string> };
  /** Built-in retries of the client around this call, with no key (unkeyed-retry). */
  builtInRetries?: {
    count: string;
    disableOption: string;
    /** The client option that turns them off, when not `disableOption`; dotted through nested objects (`clientOptions.retryConfig`). */
    clientDisable?: string;
    /** The option's value that turns retries off (AWS `maxAttempts: 1`, Contentful `retryOnError: false`); 0 when omitted. */
    disabledAt?: number | false;
    /** The positional argument the client sends as the request's key (vendor-writes.ts `RetryingVendorClient`); no option turns its retries off. */
    keyArgument?: number;
  };
  /**
   * Another kind of write when a property of an argument matches `pattern` (a regular expression over the
   * property's text, or the initialiser it names): an onchain transaction whose data is an ERC-20 `approve`
   * sets an allowance. Several: the first that matches decides.
   */
  kindByArgument?: KindByArgument | ReadonlyArray<KindByArgument>;
  /**
   * Clients that run command objects (`client.send(new PutItemCommand(…))`): the command's class name
   * decides the write, first pattern that matches; a command no pattern matches is not a write.
   */
  byCommand?: ReadonlyArray<{
    command: string;
    write: WriteKind;
    /** The client's `builtInRetries` resend this command with no key (no member with the idempotencyToken trait). */
    unkeyedRetries?: boolean;
    /**
     * What makes a repeat of this command harmless when no key is passed: a property of the command's input whose
     * value (or the initialiser it names) matches `pattern`, case-insensitive (a FIFO queue's URL).
     */
    protectedBy?: ReadonlyArray<{ property: ReadonlyArray<string>; pattern: string; protection: string }>;
  }>;
}

export interface RetryFact extends CallPattern, Checked {
  label: string;
  /** Index of the argument holding the retried function. */
  fnArg: number;
  /** The retried function is the last argument, after an optional config (Cloudflare Workflows `step.do(name, config?, fn)`). */
  fnArgLast?: boolean;
  /**
   * An option of an object-literal argument before the function that sets the count of retries (`step.do(name, { retries:
   * { limit: 0 } }, fn)`): 0 means one attempt, not a retry.
   */
  countOption?: string;
  /** The arguments from this index on are what the retried function is called with (`caller.call(fetch, url, init)`). */
  forwardsArgsFrom?: number;
  /** An options argument whose `signal` bounds every attempt (LangChain `callWithOptions({ signal }, fn)`). */
  signalOptionArg?: number;
  /**
   * The registration whose config sets the count (`inngest.createFunction({ id, retries: 0 }, trigger, handler)`): a
   * step written in the handler it registers is retried that many times; 0 means one attempt, not a retry.
   */
  countSetBy?: { registration: string; configArg: number; option: string };
}

/** A scheduler that runs the function it is handed (its last function argument) on every tick of a clock. */
export interface TimerSchedulerFact extends CallPattern, Checked {
  label: string;
  /** The schedule is made with `new` (croner `new Cron(pattern, fn)`): `path` is unused, `export` names the class. */
  construct?: boolean;
}

/** An operating-system scheduler a program installs jobs in (knowledge/schedulers.ts `osSchedulers`). */
export interface OsSchedulerFact extends Checked {
  label: string;
  /** The program's name (a path ending in it counts). */
  program: string;
  /** The word after the program that installs a job, compared without case; absent: any word but `except`'s. */
  installs?: ReadonlyArray<string>;
  except?: ReadonlyArray<string>;
  /** Words one of which the job's text holds when it fires again and again. */
  recurring?: ReadonlyArray<string>;
  /** Words that make the job run once. */
  once?: ReadonlyArray<string>;
}

/**
 * A plugin that makes a client class retry (`Octokit.plugin(retry)`): every write through an instance of the
 * class it extends is retried with no key, unless the client's options switch it off.
 */
export interface ClientRetryPluginFact extends Checked {
  label: string;
  /** The plugin's import: module and export name. */
  module: ReadonlyArray<string>;
  export: string;
  /** The method of the client class that takes plugins (`plugin`). */
  method: string;
  /** What its retries are, for messages. */
  count: string;
  /** The client option (and property of it) that switches the retries off when false: `retry: { enabled: false }`. */
  disable: { option: string; property: string };
  /** Client classes of other packages that come with the plugin already applied (`new Octokit()` of 'octokit'). */
  bundledIn?: ReadonlyArray<{ module: string; export: string }>;
}

/**
 * An API transformer that retries a client's requests, installed on the client's API config (`bot.api.config.use(autoRetry())`):
 * every write of `appliesTo`'s clients in the package whose code installs it is retried with no key — unless the options
 * set every one of `offWhenAll` to `true`.
 */
export interface ApiTransformerRetryFact extends Checked {
  label: string;
  /** The transformer factory's import: module and export name. */
  module: ReadonlyArray<string>;
  export: string;
  /** The member path the transformer is installed with (`config.use`), at the end of the call's callee. */
  installedWith: string;
  /** The packages whose clients it retries (their write facts' modules). */
  appliesTo: ReadonlyArray<string>;
  /** What its retries are, for messages. */
  count: string;
  /** Options that, all set to true, leave only the retries a server's refusal asks for (README question 13). */
  offWhenAll: ReadonlyArray<string>;
}

export interface HttpClientRetryFact extends Checked {
  /** Import specifier of the retry plugin/client (axios-retry, ky, got). */
  module: string;
  label: string;
  /** Whether its default retries POST (none of the known ones do). */
  retriesPostByDefault: boolean;
}

/**
 * Where the handler is: an argument, or a property of an options object argument; `orFunction` when the
 * same registration also takes the function itself in that argument (LlamaIndex `FunctionTool.from(fn, meta)`
 * and `FunctionTool.from({ execute, … })`); `orArg`: or the function given at that argument when the option is absent
 * (`createAIFunction(spec, impl)` beside `createAIFunction({ …spec, execute })`).
 */
/**
 * How a registration is handed its handler: an argument index, the last argument, or a property of an options object
 * argument (`orEach`: the argument may also be an array of such objects, one tool each).
 */
export type HandlerArg = number | 'last' | { option: string; arg: number; orFunction?: boolean; orArg?: number; orEach?: boolean };

/**
 * A decorator that makes the method it decorates a tool (`@CreateAction({…})`, GOAT's `@Tool({…})`): matched
 * when the decorator is imported from `module` under `export` (or from the package's own sources); `byName`
 * also accepts a decorator of that exact name declared anywhere, for names no other library uses.
 */
export interface DecoratedToolFact extends Checked {
  framework: string;
  module: ReadonlyArray<string>;
  export: string;
  byName?: boolean;
}

/**
 * A class a runtime serves whole as a tool server, each public method one tool, chosen by where it is written and how
 * it is exported rather than by a registration call (Photon: the default-exported class of a `*.photon.ts` file).
 */
export interface ToolClassFileFact extends Checked {
  framework: string;
  /** The file names the runtime loads such classes from. */
  fileName: RegExp;
  /** A package whose base classes, when the class extends one, make it such a class whatever the file is called. */
  module: ReadonlyArray<string>;
  baseClasses: ReadonlyArray<string>;
  /** Methods the runtime calls itself, never offered as tools. */
  lifecycleMethods: ReadonlyArray<string>;
  /** JSDoc tags that make a method something other than a tool (a prompt template, a static resource, an internal helper). */
  notToolTags: ReadonlyArray<string>;
  /** Method names the runtime runs as something other than a tool (its test runner's `testX` methods). */
  notToolNames?: RegExp;
  /**
   * A JSDoc tag that makes the runtime run the method again after any throw: `@retryable <count> <delay>`, the count
   * defaulting to `defaultCount` when not written.
   */
  retryTag?: { tag: string; defaultCount: number; label: string };
}

/**
 * An object the framework runs as a tool because of the type it is written with (`const a: Action = { handler }`,
 * `{ … } satisfies Action`), matched when the type is imported from `module` under `type`.
 */
export interface TypedToolObjectFact extends Checked {
  framework: string;
  module: ReadonlyArray<string>;
  type: string;
  /** The property holding the handler. */
  handler: string;
  /**
   * The framework's container whose list holds such objects, typed or not (ElizaOS's `Plugin` with `actions: [...]`):
   * an object listed there is run as a tool whatever type it was written with.
   */
  listedIn?: { type: string; property: string };
}

export interface ToolRegistrationFact extends CallPattern, Checked {
  framework: string;
  /** How the handler function is given: an argument index, or a property of an options object argument. */
  handler: HandlerArg;
  /** Whether the call is a constructor (`new DynamicStructuredTool({...})`). */
  construct?: boolean;
  /** Where MCP-style annotations can be found (argument index and property path). */
  annotations?: { arg: number | 'beforeHandler'; property?: string };
  /** Name of the handler's context parameter property carrying the abort signal. */
  signalFrom?: { param: number; property: string };
  /**
   * The member of the tool object the call returns that runs the handler it was given (Mastra's `createTool` returns a
   * `Tool` whose constructor assigns `this.execute = opts.execute`): `myTool.execute(input, ctx)` runs the handler.
   */
  keptAs?: string;
}

/**
 * A package's options type that carries a cancellation: a function whose parameter is declared with it
 * (`options: Options`, or a project alias or intersection that includes it) receives a signal its callers fill.
 */
export interface SignalOptionTypeFact extends Checked {
  module: string[];
  /** The exported type names (`Options`). */
  export: string[];
  /** The member holding it: a signal (`signal: AbortSignal`) or a controller (`abortController: AbortController`). */
  member: 'signal' | 'abortController';
}

/**
 * An SDK agent run that loops (model call, tools, model call…) until the model stops calling tools, bounded only
 * when the caller sets one of `bounds` in the options argument.
 */
export interface AgentRunnerFact extends CallPattern, Checked {
  /** Subject of the message (`This tool runner`). */
  label: string;
  /** Index of the argument holding the run's options. */
  optionsArg: number;
  /** The property of that argument holding them, when nested (`query({ prompt, options: { maxTurns } })`). */
  optionsProperty?: string;
  /** Options any one of which bounds the loop. */
  bounds: string[];
  /** Values of a bound that switch it off. */
  unboundedValues: string[];
  /** The run has no turn bound to set: its one bound is an abort `signal` that stops the spawned agent (a timer's). */
  boundedBySignal?: boolean;
  /**
   * The option holding an `AbortController` that stops the run (the Claude Agent SDK's `abortController`): a controller
   * the run's function aborts on a wall-clock timer is a time budget (test/corpus/README.md question 76).
   */
  abortOption?: string;
  /**
   * The object the run is called on has an `abort()` that stops it (pi's `session.abort()`): a call of it that the run's
   * function arms on a wall-clock timer is a time budget (test/corpus/README.md question 76).
   */
  abortedThroughReceiver?: boolean;
  /**
   * An option that makes the call store the message without starting a run (OpenCode's `noReply: true`): read at the
   * top of the options argument or one level down in `body`.
   */
  noRun?: { option: string; values: ReadonlyArray<string> };
  /**
   * The runner's package is a client of a server whose other methods (`session.create`) are requests the vendor-write
   * rules read by their names: knowing its agent run does not make the rest of the package known.
   */
  vendorClient?: boolean;
  /** Where the run's bound is set when the call itself takes none (for the message). */
  boundElsewhere?: string;
  /** The agent loops only when made with tools: the option of its constructor that gives them. */
  needsTools?: string;
  /**
   * Options that let the run's tools change things beyond this machine with no person approving each step (a shell
   * that can push, post, deploy): `option` set to one of `values`, or an array holding a string that starts with one.
   * A re-run of such a run re-does what its tools did (`unkeyed-retry`, test/corpus/README.md questions 54, 74, 97).
   */
  acting?: ReadonlyArray<{ option: string; values: ReadonlyArray<string> }>;
}

/**
 * A coding agent's command line run headless (`claude -p …`): the process runs the agent's loop (model, tools, model…)
 * until the model stops, bounded only by a flag the command passes.
 */
export interface CliAgentRunFact extends Checked {
  /** Subject of the message. */
  label: string;
  /** The program's name (a path ending in it counts). */
  program: string;
  /** Flags that make it run one task and exit (the loop this rule is about). */
  headless: ReadonlyArray<string>;
  /** Flags any one of which bounds the run (`--max-turns 10` or `--max-turns=10`); none when the CLI offers no such flag. */
  bounds: ReadonlyArray<string>;
  /** The npm packages a package runner starts it from (`npx @openai/codex exec …`). */
  packages?: ReadonlyArray<string>;
  /**
   * Command-line words that let the run's tools change things beyond this machine with no person approving each step
   * (`--dangerously-skip-permissions`; `flag value` also matches `flag=value`). Without one a headless run can only read
   * and answer (test/corpus/README.md question 97), so re-running it repeats nothing.
   */
  acting?: ReadonlyArray<string>;
}

/**
 * A framework's own call that runs a model but is not a call `missing-deadline` covers (corpus README question 1:
 * vendor SDKs' own calls are not labelled there): a model call for the loop rules only.
 */
export interface FrameworkModelCallFact extends CallPattern, Checked {
  label: string;
  /** A completion built only from what the call is given: the SDK keeps no conversation between calls. */
  completion?: true;
}

/** A client that runs command objects (`client.send(new XCommand(…))`), with the commands that run a model. */
export interface ModelCommandFact extends CallPattern, Checked {
  label: string;
  /** Regular expression over the command class name. */
  commands: string;
  /** The same operations as methods of an aggregated client. */
  methods?: { export: string[]; path: string[] };
}
