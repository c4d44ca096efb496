// MCP TypeScript SDK: tool registration on servers, and client tool calls (60 s default request timeout).
// Annotation defaults (spec 2025-06-18): readOnlyHint false, destructiveHint true, idempotentHint false.
import type { OutboundCallFact, ToolClassFileFact, ToolRegistrationFact } from './types.js';

const checked = '@modelcontextprotocol/sdk@1.32.2';
const server = { module: ['@modelcontextprotocol/sdk/*'], export: ['McpServer', 'Server'], instance: true } as const;

export const mcpCalls: OutboundCallFact[] = [
  {
    kind: 'mcp', label: 'MCP callTool', module: ['@modelcontextprotocol/sdk/*'], export: ['Client'], instance: true,
    path: ['callTool', 'request', 'readResource', 'getPrompt', 'listTools'], optionsArgs: [2], signalOptions: ['signal'], timeoutOptions: ['timeout'],
    defaultDeadlineMs: 60_000, checkedAgainst: checked,
  },
  // The v2 SDK's client package: the same Client methods, `(params, options)` with `signal`/`timeout`, and
  // DEFAULT_REQUEST_TIMEOUT_MSEC = 60 s (Protocol.request: `options?.timeout ?? DEFAULT_REQUEST_TIMEOUT_MSEC`).
  {
    kind: 'mcp', label: 'MCP callTool', module: ['@modelcontextprotocol/client'], export: ['Client'], instance: true,
    path: ['callTool', 'readResource', 'getPrompt', 'listTools'], optionsArgs: [1], signalOptions: ['signal'], timeoutOptions: ['timeout'],
    defaultDeadlineMs: 60_000, checkedAgainst: '@modelcontextprotocol/client@2.4.0',
  },
];

/** The modules whose `Client#callTool` runs a tool on an MCP server (v1 SDK and the v2 client package). */
export const mcpClientModules = ['@modelcontextprotocol/sdk/*', '@modelcontextprotocol/client'];

export const mcpTools: ToolRegistrationFact[] = [
  { framework: 'MCP', ...server, path: ['registerTool'], handler: 'last', annotations: { arg: 1, property: 'annotations' },
    signalFrom: { param: 1, property: 'signal' }, checkedAgainst: checked },
  { framework: 'MCP', ...server, path: ['tool'], handler: 'last', annotations: { arg: 'beforeHandler' },
    signalFrom: { param: 1, property: 'signal' }, checkedAgainst: checked },
  { framework: 'MCP', ...server, path: ['setRequestHandler', 'server.setRequestHandler'], handler: 1,
    signalFrom: { param: 1, property: 'signal' }, checkedAgainst: checked },
  // The v2 SDK's server package: registerTool(name, config, cb), config.annotations; the handler's signal is
  // `ctx.mcpReq.signal` (a nested property, not followed here).
  { framework: 'MCP', module: ['@modelcontextprotocol/server'], export: ['McpServer'], instance: true, path: ['registerTool'], handler: 'last',
    annotations: { arg: 1, property: 'annotations' }, checkedAgainst: '@modelcontextprotocol/server@2.4.0' },
  // tmcp: `server.tool({ name, description, schema, annotations }, execute)`; `tools/call` runs `tool.execute(args)` with
  // the validated arguments (src/index.js, McpServer#tool and #init_tools; checked at paoloricciuti/tmcp 0152bae).
  { framework: 'tmcp', module: ['tmcp'], export: ['McpServer'], instance: true, path: ['tool'], handler: 1,
    annotations: { arg: 0, property: 'annotations' }, checkedAgainst: 'tmcp@1.19' },
  { framework: 'FastMCP', module: ['fastmcp'], export: ['FastMCP'], instance: true, path: ['addTool'], handler: { option: 'execute', arg: 0 },
    annotations: { arg: 0, property: 'annotations' }, checkedAgainst: 'fastmcp@3' },
];

/** Method names that register tools on an MCP server whose type we cannot see (a parameter, an untyped export). */
export const mcpRegistrationMethods = ['registerTool', 'tool'];


/**
 * Photon (@portel/photon-core, served by @portel/photon): a `.photon.ts` file default-exports one class (a plain class,
 * or one extending PhotonMCP/Photon) and the runtime serves every method of it as an MCP tool — SchemaExtractor walks the
 * class's method declarations, the loader leaves out `onInitialize`, `onShutdown` and `constructor`, private and `_`-named
 * members, and methods tagged `@Template` (a prompt) or `@Static` (a resource) or `@internal`; `testX` methods are what the
 * runtime's test runner (`photon test`, src/test-runner.ts: "Discovers and runs test* methods") runs, taken here as tests. A method's `@retryable N
 * delay` tag installs retryableMiddleware, which runs the method again after any throw, up to N more times (3 when no count
 * is written), waiting delay·2^attempt between tries; `@timeout` races the method against a timer and does not stop it.
 */
export const photonToolClasses: ToolClassFileFact[] = [
  {
    framework: 'Photon', fileName: /\.photon\.(?:[mc]?ts|[mc]?js)$/, module: ['@portel/photon-core'], baseClasses: ['PhotonMCP', 'Photon'],
    lifecycleMethods: ['onInitialize', 'onShutdown', 'constructor'], notToolTags: ['Template', 'Static', 'internal'], notToolNames: /^test[A-Z_]/,
    retryTag: { tag: 'retryable', defaultCount: 3, label: 'Photon @retryable' },
    checkedAgainst: '@portel/photon-core (src/schema-extractor.ts extractAllFromSource; src/middleware.ts retryableMiddleware phase 80, timeoutMiddleware phase 70; the loaders\' lifecycleMethods filter)',
  },
];
