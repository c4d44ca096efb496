// Slack Bolt: the `say` a listener receives posts a message through the app's WebClient. Checked in bolt-js 5.0.0
// (src/context/create-say.ts: `client.chat.postMessage(…)`; src/App.ts: `new WebClient(token, clientOptions)` with no
// retryConfig of its own), so it retries like any WebClient call (@slack/web-api: up to 10 times over ~30 minutes).
import type { CallPattern, WriteFact } from './types.js';

export const slackBoltWrites: WriteFact[] = [
  {
    label: 'Slack message (Bolt say)', write: 'send', module: ['@slack/bolt'], export: ['SayFn'], instance: true, path: [''],
    builtInRetries: { count: "Bolt's say() posts through the app's WebClient, which retries failed calls up to 10 times over ~30 minutes", disableOption: 'retryConfig' },
    checkedAgainst: '@slack/bolt@5.0.0',
  },
];

/**
 * The names a package's own documentation and its users give the objects it hands a project's code, for parameters no
 * type, JSDoc or registration declares (a command module's `execute(args, message)` loaded by folder, a tool table's
 * `(client, message, args)` functions): in a package that depends on `module`, and on none of `notWith` (whose objects go
 * by the same names), an untyped parameter so named that no project code calls is that object. Matched by name: medium.
 */
export interface ConventionalParameters {
  module: string;
  notWith: string[];
  /** Parameter names (or a destructured parameter's property names), whole-word and case-insensitive, and the export each is. */
  names: Array<{ pattern: string; exportName: string }>;
  /** The package's exports a JSDoc type names bare or through a namespace (`{Message}`, `{Discord.Message}`), `import()` aside. */
  documentedTypes: string[];
  checkedAgainst: string;
}

export interface ListenerContract {
  /** Instances whose registration methods take listeners (`app.event(…, listener)`: the listener is an argument). */
  registeredOn?: Omit<CallPattern, 'path'>;
  registrations?: string[];
  /** Constructors or functions whose config object holds listeners by name (`new Assistant({ threadStarted })`, `createTool({ handler })`). */
  configuredBy?: Omit<CallPattern, 'path'>;
  configCallbacks?: string[];
  /** Package functions that take the listener itself as an argument (`serve(async (context) => …)`): which one. */
  passedTo?: Omit<CallPattern, 'path'> & { arg: number };
  /** Which parameter of the listener the package fills with `args` (0 unless given). */
  param?: number;
  /** Only a listener declaring this many parameters gets them (AgentKit hands the wallet first only to a two-parameter `invoke`). */
  arity?: number;
  /** What that argument holds, by property. */
  args: Record<string, { module: string; exportName: string }>;
  /** What that argument is as a whole, when the listener takes it undestructured (`context`: a WorkflowContext). */
  self?: { module: string; exportName: string };
  /** The package's types of that argument, as JSDoc names them (`@param {import('@slack/bolt').AllMiddlewareArgs & …} args`). */
  argsTypes?: { module: string; names: string[] };
  /**
   * What the listener's first parameter is, taken whole, by the event its registration names
   * (`client.on('messageCreate', (message) => …)`, or the package's enum of event names: `Events.MessageCreate`).
   * With `module`, also a listener written as the `method` of an object whose `nameKey` property is that enum's
   * member (`module.exports = { name: Events.MessageCreate, execute(message) { … } }`, the package guide's event files).
   */
  events?: {
    types: Record<string, { module: string; exportName: string }>;
    /** The enum of event names: its member name → the event name. */
    enumExport: { module: string; export: string; members: Record<string, string> };
    module?: { nameKey: string; method: string };
    /** Other properties a project's event file may hold the enum member in (`{ name: 'message', event: Events.MessageCreate }`). */
    otherNameKeys?: string[];
  };
  /**
   * A command file a package's guide writes (`module.exports = { data: new SlashCommandBuilder()…, async execute(interaction)
   * { … } }`): the `method`'s parameter is what the package hands a command of that builder — the only parameter, or the one
   * named like `parameterName` when the project's loader passes more (`execute(client, interaction)`).
   */
  commandModule?: {
    dataKey: string;
    method: string;
    builders: Omit<CallPattern, 'path'>;
    parameterName: RegExp;
    type: { module: string; exportName: string };
  };
  checkedAgainst: string;
}

/**
 * Bolt hands every listener `{ client, say, … }`: `client` is a WebClient (src/App.ts), `say` posts with it
 * (src/context/create-say.ts, src/Assistant.ts createSay). Registration methods and Assistant callbacks as in
 * bolt-js 5.0.0 (src/App.ts, src/Assistant.ts AssistantConfig).
 */
export const listenerContracts: ListenerContract[] = [
  {
    registeredOn: { module: ['@slack/bolt'], export: ['App', 'default'], instance: true },
    registrations: ['event', 'message', 'action', 'command', 'shortcut', 'view', 'options', 'function'],
    configuredBy: { module: ['@slack/bolt'], export: ['Assistant'] },
    configCallbacks: ['threadStarted', 'threadContextChanged', 'userMessage'],
    args: {
      say: { module: '@slack/bolt', exportName: 'SayFn' },
      client: { module: '@slack/web-api', exportName: 'WebClient' },
      // bolt 5.1 (src/context/create-say-stream.ts): `sayStream(args)` returns `client.chatStream({ channel, thread_ts, … })`.
      sayStream: { module: '@slack/bolt', exportName: 'SayStreamFn' },
    },
    // src/types/middleware.ts (AllMiddlewareArgs: client), events/actions/view/command/shortcut/options index.ts, CustomFunction.ts;
    // and the listener types themselves, which a variable holding a listener is typed with: `Middleware<Args>` is
    // `(args: Args & AllMiddlewareArgs) => Promise<void>` (types/middleware.d.ts), and the Assistant's
    // `Assistant{ThreadStarted,ThreadContextChanged,UserMessage}Middleware` are Middleware of their args, whose `say`
    // posts with the same client (Assistant.d.ts; checked in @slack/bolt 4.6.0).
    argsTypes: {
      module: '@slack/bolt',
      names: ['AllMiddlewareArgs', 'SlackEventMiddlewareArgs', 'SlackActionMiddlewareArgs', 'SlackViewMiddlewareArgs', 'SlackCommandMiddlewareArgs',
        'SlackShortcutMiddlewareArgs', 'SlackOptionsMiddlewareArgs', 'SlackCustomFunctionMiddlewareArgs', 'AllAssistantMiddlewareArgs',
        'Middleware', 'AssistantThreadStartedMiddleware', 'AssistantThreadContextChangedMiddleware', 'AssistantUserMessageMiddleware'],
    },
    checkedAgainst: '@slack/bolt@5.0.0',
  },
];
