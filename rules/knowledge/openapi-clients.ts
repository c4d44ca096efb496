// openapi-client-axios: `new OpenAPIClientAxios({ definition }).init()` returns a client with one method per
// operationId (`client.createPet(params, data, config)`) and a paths dictionary (`client.paths['/pets'].post()`).
// The HTTP method lives in the OpenAPI document, not in the code: an operation is judged by its operationId's
// verb, a paths entry by its method, and an operation picked by a name known only at run time
// (`api[operationId](…)`, an MCP proxy running whatever operation the model names) may be any of them.
// SDKs that export their generated operations as functions (@neon/sdk `raw.createProject`) are judged by verb too.
import type { OutboundCallFact, WriteKind } from './types.js';

export const openApiClients = {
  module: ['openapi-client-axios'],
  /** Members of the client that are its own API, not operations. */
  clientMembers: ['init', 'initSync', 'getClient', 'getRequestConfig', 'getAxiosConfig', 'getOperation', 'getOperations',
    'getBaseURL', 'withServer', 'api', 'paths', 'axiosConfigDefaults', 'defaults', 'interceptors', 'request'],
  /** operationId verbs, first match wins; an operationId no pattern matches reads (get, list, find, search…). */
  operationVerbs: [
    { pattern: '^(delete|remove|destroy|cancel|revoke|unsubscribe)', write: 'delete-id' },
    { pattern: '^(update|patch|set|modify|edit|replace|rename|move|assign|archive|restore)', write: 'update-set' },
    { pattern: '^(create|add|post|send|insert|submit|append|publish|start|run|trigger|execute|invite|upload|import|charge|pay|transfer|book|order)', write: 'create' },
  ] as ReadonlyArray<{ pattern: string; write: WriteKind }>,
  checkedAgainst: 'openapi-client-axios@7.9.1',
  /**
   * Namespaces of operation functions generated from an OpenAPI document (`raw.createProject({ client, body })`),
   * judged by the same verbs: @neon/sdk's `raw` (dist/client/sdk.gen.js: each operation is one request,
   * `createProject` a POST, `listProjects` a GET, `deleteProject` a DELETE).
   */
  generatedOperations: [
    { module: ['@neon/sdk'], export: ['raw'], checkedAgainst: '@neon/sdk@1.4.0 (dist/raw.d.ts, dist/client/sdk.gen.js)' },
  ] as ReadonlyArray<{ module: string[]; export: string[]; checkedAgainst: string }>,
  /**
   * An operation, for deadlines: an axios request on `axios.create(axiosConfigDefaults)` (no default timeout), its
   * arguments `(params, data, config)` with `config` spread over the request (src/client.ts getAxiosConfigForOperation).
   */
  operationCall: {
    kind: 'http', label: 'openapi-client-axios operation', module: ['openapi-client-axios'], path: [],
    optionsArgs: [2], signalOptions: ['signal'], timeoutOptions: ['timeout', 'axiosConfigDefaults.timeout'],
    checkedAgainst: 'openapi-client-axios@7.9.1 (src/client.ts: createAxiosInstance, getAxiosConfigForOperation)',
  } satisfies OutboundCallFact as OutboundCallFact,
};
