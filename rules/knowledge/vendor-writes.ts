// Writes of vendor SDKs no table names (Adyen, xero-node, Todoist, @linear/sdk, Knock, Notion, ethers…): a method of
// a third-party client whose name says it creates, sends or pays is a write at medium confidence (side-effects.ts
// vendorWrite). The tables stay the source of truth for the packages they name (and of their idempotent-by-design
// methods): this applies only to packages no table names, and never to libraries that are not clients of another
// system (frameworks, loggers, UI, browser automation, in-process queues and builders).

/**
 * The first camelCase word of a method name that says it writes in another system, with the kind of write.
 * `addTask`, `createIssue`, `sendTransaction`, `refundCapturedPayment`, `workflows.trigger`, `pages.create`, `messages.reply`,
 * `wallet.deployToken`.
 */
export const vendorWriteVerbs: Readonly<Record<string, 'create' | 'send' | 'charge' | 'append'>> = {
  create: 'create', add: 'create', insert: 'create', post: 'create', submit: 'create', invite: 'send', enqueue: 'send',
  send: 'send', publish: 'send', trigger: 'send', schedule: 'create', append: 'append', reply: 'send', forward: 'send',
  charge: 'charge', pay: 'charge', transfer: 'charge', refund: 'charge',
  // deployToken, deployNFT, deployContract (@coinbase/coinbase-sdk 0.25 Wallet: each creates and broadcasts a new
  // contract); only a contract or token deploy (deployOnlyRest) — an app or an action deployed applies its settings.
  deploy: 'create',
  // items.duplicate(id), roles.duplicate(id) (DatoCMS), duplicateSheet, duplicatePage: a copy made under a new id each call.
  duplicate: 'create',
};

/**
 * Words before the verb saying how it is done, not what: `quickAddTask` (Todoist: POSTs /tasks/quick, a new task each
 * call), `batchSend` (Mailtrap: POSTs a batch of emails, each sent). `bulk` is left out: no vendor method was checked.
 */
export const vendorVerbModifiers: import('./types.js').PatternFact = {
  pattern: /^(?:quick|batch)(?=[A-Z])/,
  checkedAgainst: '@doist/todoist-api-typescript 5.0.1 (src/TodoistApi.ts quickAddTask(args): POST tasks/quick, no requestId); mailtrap ^4.9 as mailtrap/mailtrap-mcp uses it (src/lib/MailtrapClient.ts batchSend(request): axios.post(`${host}/api/batch`), read through the code index)',
};

/** What must follow `deploy` for a deploy to create something: a contract or a token (`deployApp` applies settings). */
export const deployOnlyRest = /^(?:\w*(?:Token|NFT|Nft|Contract|MultiToken|Collection))$/;

/**
 * What follows the verb, per verb, in names that build something in the process (or mint a short-lived credential,
 * README question 6) rather than write in another system: `createReadStream`, `createClient`, `addEventListener`,
 * `createSignedUrl`, `sendRequest` (JSON-RPC), `postMessage` (a worker or window), `addInitScript`.
 */
export const localBuilderRest: Readonly<Record<string, RegExp>> = {
  create: /^(?:(?:Read|Write)?Stream|Client|Context|Element|Logger|Hash|Hmac|Server|Router|Store|Slice|Selector|Schema|Instance|Connection|Pool|Agent|Tool|Tools|Chain|Iterator|Reader|Writer|Builder|Parser|Signal|Controller|Transport|Token|AccessToken|SignedUrl|PresignedUrl|PresignedPost|UploadUrl|Url|Uri|Id|Uuid|Span|Counter|Histogram|Gauge|Meter|Tracer|Child|Component|Ref|Portal|Root|App|Window|View|Panel|Browser|Interface|Proxy|Worker|Timer|Cache|Map|Set|Config|Options|Model|Embedding|Embeddings|Completion|ChatCompletion|ChatModel|Prompt|PromptTemplate|Template|Dir|Directory|Folder|Temp\w*|Output\w*|StatusBarItem|Terminal|Decoration\w*|Diagnostic\w*|Runtime|Handler|Middleware|Plugin|Action|Reducer|Effect|Event|Error|Matcher|Mock|Spy|Fixture|Test\w*)$/,
  add: /^(?:(?:Event)?Listener|Handler|Hook|Middleware|Route|Command|Option|Argument|HelpText|Format|Keyword|Transport|Breadcrumb|Attribute|Attributes|Event|Link|Links|Metadata|InitScript|ScriptTag|StyleTag|Cookies|Context|Plugin|Plugins|Resource|Resources|Prompt|Prompts|Tool|Tools|Schema|Schemas|Layer|Filter|Interceptor|Component|Child|Class|Style|Header|Headers|Param|Params|Field|Fields|Alias|Extension|Processor|Exporter|Instrumentation|Serializer|Validator|Converter|Loader|Observer|Subscriber|Callback|Callbacks|Action|Reducer|Effect|Watcher|Node|Edge|Text|Line|Lines|Column|Columns|Shape|Path|Point|Points|Image|Font|Page|Trace|Span|Tag)$/,
  send: /^(?:Request|Notification|Status|Keys|Response|Raw|Error|Progress|Log|LogMessage|Telemetry|Event)$/,
  post: /^(?:Message|Process)$/,
  append: /^(?:Child|Children|Element|Html|HTML|Text|Line|Node|Path|Header|Headers|Param|Params|Entry|Field|Slot)$/,
};

/**
 * Classes of a vendor package whose static `create` builds an object in the process, not a record in another system
 * (vendorWrite takes a capitalised export's `create` for a remote one, `Sandbox.create()`): a TON wallet contract made
 * from a public key, whose address and state init are computed locally — sending goes through `sendTransfer` on it.
 */
export const localStaticCreates: ReadonlyArray<{ module: string; export: RegExp; checkedAgainst: string }> = [
  { module: '@ton/ton', export: /^(?:Highload)?WalletContract\w*$/,
    checkedAgainst: '@ton/ton (ton-org/ton src/wallets/v5r1/WalletContractV5R1.ts, v4/WalletContractV4.ts, WalletContractV1R1.ts…: `static create(args) { return new WalletContractV5R1(workChain, args.publicKey, …) }`, a private constructor computing code, data and contractAddress; no provider call)' },
];

/**
 * The two lists above are about names; these are about packages: libraries whose instances are not clients of
 * another system (web frameworks register routes with `post`, loggers `add` transports, browser automation `addInitScript`,
 * in-process queues `add` jobs, builders `append` parts). A module here (or under it, `@scope/*`) is never a vendor write.
 */
export const notVendorClients: ReadonlyArray<string> = [
  // web frameworks and routers (route registration: app.post('/x', handler))
  'express', 'hono', 'hono/*', 'fastify', 'koa', '@koa/router', 'koa-router', 'elysia', 'next', 'next/*', '@nestjs/*', 'restify', 'h3', 'itty-router',
  // command lines, prompts, terminal UI
  'commander', 'yargs', 'cac', 'citty', 'inquirer', '@inquirer/*', 'prompts', 'enquirer', 'ink', 'blessed', 'ora', 'chalk', 'cli-table3', 'listr2',
  // logging and telemetry (an event is telemetry, not the tool's side effect)
  'winston', 'pino', 'bunyan', 'log4js', 'consola', 'loglevel', 'debug', '@opentelemetry/*', '@sentry/*', 'posthog-node', 'posthog-js', 'mixpanel',
  '@segment/*', '@amplitude/*', 'prom-client', 'dd-trace', 'hot-shots', 'statsd-client', 'langfuse', 'langfuse-node', 'langsmith', 'langsmith/*', '@langfuse/*',
  'braintrust', '@arizeai/*', 'newrelic', '@vercel/otel', '@vercel/analytics', 'applicationinsights',
  // UI, state, editors
  'react', 'react-dom', 'react-dom/*', 'vue', 'svelte', 'solid-js', 'preact', 'zustand', 'jotai', 'redux', '@reduxjs/*', 'immer', 'mobx', 'vscode',
  '@codemirror/*', 'monaco-editor', 'prosemirror-*', '@tiptap/*', 'electron', 'three', 'd3', 'chart.js', 'ag-grid-community',
  // browser automation and DOM
  'playwright', 'playwright-core', '@playwright/*', 'puppeteer', 'puppeteer-core', 'selenium-webdriver', 'webdriverio', 'jsdom', 'cheerio', 'happy-dom',
  'linkedom', '@browserbasehq/*',
  // in-process data structures, queues, builders, parsers, dates
  'p-queue', 'p-limit', 'bottleneck', 'form-data', 'formdata-node', 'lru-cache', 'node-cache', 'keyv', 'eventemitter3', 'events', 'rxjs', 'rxjs/*',
  'immutable', 'lodash', 'lodash/*', 'lodash-es', 'underscore', 'ramda', 'date-fns', 'date-fns/*', 'dayjs', 'moment', 'luxon', 'zod', 'yup', 'joi', 'ajv',
  'ajv-formats', 'archiver', 'jszip', 'adm-zip', 'tar', 'tar-stream', 'exceljs', 'xlsx', 'pdf-lib', 'pdfkit', 'ical-generator', 'ics', 'sharp', 'jimp', 'canvas', 'fluent-ffmpeg',
  'simple-git', 'isomorphic-git', 'chokidar', 'glob', 'fast-glob', 'minimatch', 'ignore', 'picomatch', 'micromatch', 'yaml', 'js-yaml', 'marked', 'markdown-it', 'unified', 'remark-*',
  'rehype-*', 'turndown', 'xml2js', 'fast-xml-parser', 'csv-parse', 'csv-stringify', 'papaparse', 'handlebars', 'mustache', 'ejs', 'nunjucks', 'tiktoken',
  'js-tiktoken', '@dqbd/tiktoken', 'gpt-tokenizer',
  // in-memory full-text indexes: `index.addAll(docs)` fills the process's own index ("MiniSearch is a tiny but powerful
  // in-memory fulltext search engine", minisearch README; lunr and Fuse.js build their index in memory the same way)
  'minisearch', 'lunr', 'fuse.js',
  // LangChain's text splitters: `splitter.createDocuments(texts)` cuts strings into Document objects in memory
  '@langchain/textsplitters', 'langchain/text_splitter', 'diff', 'fs-extra', 'graceful-fs', 'memfs', 'execa', 'node-pty', 'cross-spawn', 'vectra', 'hnswlib-node',
  // arbitrary-precision numbers (`total.add(value)` is arithmetic)
  'decimal.js', 'decimal.js-light', 'bignumber.js', 'big.js', 'bn.js', 'jsbi', 'long', 'fraction.js', 'mathjs',
  // test tools
  'vitest', 'jest', '@jest/*', 'mocha', 'chai', 'sinon', 'nock', 'msw', 'msw/*', 'supertest',
  // in-process servers, sockets and RPC plumbing (a message to a peer, not a write the tool makes in another system)
  'ws', 'socket.io', 'socket.io-client', 'vscode-languageclient', 'vscode-languageclient/*', 'vscode-jsonrpc', 'vscode-jsonrpc/*',
  'vscode-languageserver', 'vscode-languageserver/*', 'comlink', '@trpc/*', 'graphql', 'graphql-yoga', '@apollo/server', 'type-graphql',
  'node-schedule', 'node-cron', 'cron', 'agenda',
  // model providers no table names: a completion is not a write (their `chat.completions.create` creates nothing)
  'groq-sdk', '@mistralai/mistralai', 'together-ai', 'cohere-ai', 'ollama', 'ollama/*', '@google/generative-ai', '@huggingface/inference',
  '@ai-sdk/*', '@fal-ai/*', 'chatgpt', 'chatgpt-api', '@chatgpt/*', 'gpt-3-encoder', 'bard-ai', 'claude-ai', 'replicate', '@cerebras/*', 'deepseek', '@perplexity-ai/*', 'portkey-ai', '@openrouter/*', 'llamaindex', '@llamaindex/*',
];

/** Member names on the way to a model call in OpenAI-compatible SDKs: `chat.completions.create` is a completion, not a write. */
export const modelCallSegments: ReadonlyArray<string> = ['completions', 'chat', 'embeddings', 'responses', 'moderations', 'completion', 'generations'];

/**
 * Vendor SDKs whose client retries a failed request on its own, with no key that stays the same across attempts: their
 * writes found by name are unkeyed-retry findings too (README question 10), unless the client's (or the call's) option
 * turns the retries off. Checked in each package's code.
 */
export interface RetryingVendorClient {
  module: string;
  /** How many times, on what (for messages). */
  count: string;
  /** The client option (and the request option) that turns retries off, with the value that does it. */
  disableOption: string;
  disabledAt?: number | false;
  /**
   * A positional argument of each write that the client sends as the request's key (Todoist's `requestId`, as
   * `X-Request-Id`): passed, the client's own retries re-send it unchanged. Such a client has no option that turns
   * its retries off (`disableOption` is then empty).
   */
  keyArgument?: number;
  /** The first major version that retries this way (older ones key their writes): a project on an older one is left alone. */
  sinceMajor?: number;
  /** Only these methods (the last name of the call) go through the retrying sender; others found by name do not. */
  methods?: ReadonlyArray<string>;
  checkedAgainst: string;
}

/**
 * A package's client that keeps a retrying client of another package as a member: a request made through that member
 * (`client.rest.post(Routes.channelMessages(id), { body })`) is the member's, with its retries, which the holder's
 * `clientOption` configures (`new Client({ rest: { retries: 0 } })`).
 */
export interface HeldRetryingClient {
  module: string;
  member: string;
  /** The retrying client's package (an entry of `retryingVendorClients`) and class. */
  client: string;
  exportName: string;
  clientOption: string;
  checkedAgainst: string;
}

export const heldRetryingClients: ReadonlyArray<HeldRetryingClient> = [
  { module: 'discord.js', member: 'rest', client: '@discordjs/rest', exportName: 'REST', clientOption: 'rest',
    checkedAgainst: 'discord.js 14 (discordjs/discord.js packages/discord.js/src/client/BaseClient.js at 41fe732: `this.rest = new REST(this.options.rest)`, REST from @discordjs/rest; its retries as in retryingVendorClients)' },
];

export const retryingVendorClients: ReadonlyArray<RetryingVendorClient> = [
  // Stainless-generated: `maxRetries ?? 2`; an idempotency header only when the client class sets `idempotencyHeader`.
  { module: '@knocklabs/node', count: 'Stainless-generated clients retry failed requests twice by default', disableOption: 'maxRetries',
    checkedAgainst: '@knocklabs/node@1.29 (src/client.ts at 168b72d: maxRetries ?? 2; idempotencyHeader unset)' },
  { module: '@onkernel/sdk', count: 'Stainless-generated clients retry failed requests twice by default', disableOption: 'maxRetries',
    checkedAgainst: '@onkernel/sdk (kernel/kernel-node-sdk src/client.ts at 00c91ef: maxRetries ?? 2, timeouts retried; idempotencyHeader declared, never set)' },
  // Fern-generated: core/fetcher/requestWithRetries.js resends on 408, 429 and 5xx, DEFAULT_MAX_RETRIES = 2; agentmail
  // sends an Idempotency-Key header only when the request options carry `idempotencyKey`.
  { module: 'agentmail', count: 'Fern-generated clients resend a request that got a 408 or 5xx twice by default', disableOption: 'maxRetries',
    checkedAgainst: 'agentmail@0.5.27 (dist/cjs/core/fetcher/requestWithRetries.js DEFAULT_MAX_RETRIES = 2; messages Client.js Idempotency-Key from requestOptions.idempotencyKey)' },
  { module: '@vapi-ai/server-sdk', count: 'Fern-generated clients resend a request that got a 408 or 5xx twice by default', disableOption: 'maxRetries',
    checkedAgainst: '@vapi-ai/server-sdk@2.0.1 (dist/cjs/core/fetcher/requestWithRetries.js DEFAULT_MAX_RETRIES = 2; no idempotency header)' },
  { module: 'webflow-api', count: 'Fern-generated clients resend a request that got a 408, 429 or 5xx twice by default', disableOption: 'maxRetries',
    checkedAgainst: 'webflow-api@3.3.5 (webflow/js-webflow-api 31e9cf3: src/core/fetcher/requestWithRetries.ts DEFAULT_MAX_RETRIES = 2 on 408/429/>=500; no idempotency header anywhere in src)' },
  // contentful-sdk-core's axios interceptor (rate-limit.js) resends after a connection error, a 5xx or a 429, up to 5
  // times, while `retryOnError` (default true, create-default-options.js) is on.
  // @doist/todoist-api-typescript: every request goes through an axios client with axiosRetry({ retries: 3,
  // retryCondition: isNetworkError }) (any error with no response but ECONNABORTED, POST included). A POST gets an
  // X-Request-Id made by the SDK only when the base URI is not the REST API's `/api/v1/` (the default): a write
  // (`addTask(args, requestId?)`) is keyed only when the caller passes its `requestId`. No option turns the retries off.
  { module: '@doist/todoist-api-typescript', count: 'the Todoist client re-sends a request that got no response up to 3 times (axios-retry)', disableOption: '',
    // 3.x added an X-Request-Id made by the SDK to every REST POST (its check was on the Sync API's base URI): keyed.
    keyArgument: 1, sinceMajor: 4,
    checkedAgainst: '@doist/todoist-api-typescript@5.9.0, 4.0.4 and 3.0.3 (dist/restClient.js: 3.0.3 makes a uuid X-Request-Id for a POST unless the base URI is the Sync API\'s; 4.0.4 and later only unless it is API_BASE_URI /api/v1/, the REST base; 5.9.0 dist/rest-client.js getAxiosClient: axiosRetry retries 3, retryCondition isNetworkError; request(): X-Request-Id from uuid only when baseUri does not include API_BASE_URI /api/v1/; dist/todoist-api.js addTask(args, requestId), addComment(args, requestId))' },
  // @doist/todoist-sdk is @doist/todoist-api-typescript renamed: the same retry on a network error (now its own fetch loop,
  // which counts its 30-s TimeoutError as one) and the same `requestId` argument passed through to the request.
  { module: '@doist/todoist-sdk', count: 'the Todoist client re-sends a request that got no response up to 3 times', disableOption: '', keyArgument: 1,
    checkedAgainst: '@doist/todoist-sdk@15.3 (Doist/todoist-sdk-typescript: src/transport/fetch-with-retry.ts DEFAULT_RETRY_CONFIG retries 3, retryCondition isNetworkError, the request options never carry a retry config from the client; src/clients/comment-client.ts addComment(args, requestId?) hands requestId to request())' },
  // @thecolony/sdk: rawRequest calls itself again on 429/502/503/504 (DEFAULT_RETRY maxRetries 2) with the same body and
  // headers, none of them a key; `new ColonyClient(key, { retry: retryConfig({ maxRetries: 0 }) })` turns that off.
  { module: '@thecolony/sdk', count: 'the Colony client re-sends a request that got a 429, 502, 503 or 504 twice by default', disableOption: 'retry.maxRetries',
    checkedAgainst: '@thecolony/sdk (TheColonyCC/colony-sdk-js: src/retry.ts retryConfig maxRetries ?? 2, retryOn 429/502/503/504, DEFAULT_RETRY; src/client.ts rawRequest re-calls itself when shouldRetry, headers only Content-Type and Authorization; createPost, createComment POST with no key)' },
  // @discordjs/rest used on its own (`new REST({ version: '10' }).post(Routes.channelMessages(id), { body })`): a request
  // that timed out or got a 5xx is sent again up to `retries` (default 3) times, a POST included, with nothing that
  // would let Discord tell the attempts apart; `new REST({ retries: 0 })` sends once.
  { module: '@discordjs/rest', count: "@discordjs/rest retries a request that timed out or got a 5xx up to 3 times", disableOption: 'retries',
    checkedAgainst: '@discordjs/rest (discordjs/discord.js packages/rest/src/lib/utils/constants.ts at 020a380: DefaultRestOptions retries: 3, timeout: 15_000; src/lib/handlers/Shared.ts at 06591d9: makeNetworkRequest returns null to retry when shouldRetry(error) (an abort by its own timeout, ECONNRESET), handleErrors on status 500–599, both while retries !== options.retries)' },
  // @photon-ai/imessage-kit: IMessageSDK#send (and sendFile, sendFiles, sendBatch, which call it) runs each AppleScript
  // send through MessageSender#executeWithRetry, `retry.max` attempts (default 2) after any failure, its own 30-s script
  // timeout included, with nothing that tells Messages the attempts apart. `retry: { max: 1 }` sends once. Its scheduler
  // and reminders (found by name, or in saas-writes.ts) only arm a later send.
  { module: '@photon-ai/imessage-kit', count: 'IMessageSDK sends each message again after a failed or timed-out AppleScript run (`retry.max`, 2 attempts by default)',
    disableOption: 'retry.max', disabledAt: 1, methods: ['send', 'sendFile', 'sendFiles', 'sendBatch'],
    checkedAgainst: '@photon-ai/imessage-kit (photon-hq/imessage-kit src/core/sdk.ts at 26ce4bb: resolveConfig retry.max clamp(0..10, default 2), send → sender.send, sendFile/sendFiles → send, sendBatch → send per message; src/core/sender.ts at 520e649 and 27bec06: executeWithRetry loops attempt 1..maxRetries around execAppleScript(script, debug, scriptTimeout 30000))' },
  { module: 'contentful-management', count: 'the Contentful client resends after a connection error or a 5xx up to 5 times', disableOption: 'retryOnError', disabledAt: false,
    checkedAgainst: 'contentful-sdk-core@10.0.0 (dist/rate-limit.js, dist/create-default-options.js retryOnError: true)' },
];

/**
 * Methods found by name whose repeat writes nothing new, each checked in its package: a PUT of a state or of a record to
 * the id the caller chose, a temporary upload (README question 6), or a create the server refuses to repeat under a name
 * it keeps unique (question 19) — that one only when the call passes the unique property.
 */
export const repeatSafeVendorMethods: ReadonlyArray<{ module: string; paths: ReadonlyArray<string>; whenProperty?: string; why: string; checkedAgainst: string }> = [
  { module: 'contentful-management', paths: ['entry.publish', 'entry.unpublish', 'asset.publish', 'asset.unpublish', 'contentType.publish', 'contentType.unpublish'],
    why: 'a PUT of the published state of a known entity version', checkedAgainst: 'contentful-management@12.18.0 (dist/types/adapters/REST/endpoints/entry.js, asset.js, content-type.js: publish → put …/published with X-Contentful-Version)' },
  { module: 'contentful-management', paths: ['bulkAction.publish', 'bulkAction.unpublish'],
    why: 'publishes the given entity versions: a repeat sets the same state', checkedAgainst: 'contentful-management@12.18.0 (dist/types/adapters/REST/endpoints/bulk-action.js: POST bulk_actions/publish of versioned links)' },
  { module: 'webflow-api', paths: ['collections.items.publishItem'],
    why: 'publishes the given items: a repeat sets the same published state', checkedAgainst: 'webflow-api@3.3.5 (src/api/resources/collections/resources/items/client/Client.ts publishItem: POST collections/{id}/items/publish of the given itemIds)' },
  { module: 'contentful-management', paths: ['upload.create'],
    why: 'an upload is a temporary staging file, unlinked until an asset names it', checkedAgainst: 'contentful-management@12.18.0 (dist/types/adapters/REST/endpoints/upload.js create)' },
  { module: '@pinecone-database/pinecone', paths: ['createIndex'], whenProperty: 'name',
    why: 'an index name is unique in its project: a repeat is refused (the client\'s `suppressConflicts` option swallows that refusal)',
    checkedAgainst: '@pinecone-database/pinecone (pinecone-io/pinecone-ts-client README, createIndex: "suppressConflicts … not to throw if the index already exists")' },
  // Asana relations a task keeps once (README question 27): dependencies and dependents are marked "if they are not
  // already", a tag or follower is on the task or not, addProject/addTask put (or move) the task in a project or section.
  { module: 'asana', paths: ['addDependenciesForTask', 'addDependentsForTask', 'addTagForTask', 'addFollowersForTask', 'addProjectForTask', 'addTaskForSection'],
    why: 'a relation the task keeps once: a repeat adds nothing new',
    checkedAgainst: 'asana@3.0.12 (src/api/TasksApi.js addDependenciesForTask, addDependentsForTask, addTagForTask, addFollowersForTask, addProjectForTask; SectionsApi.js addTaskForSection)' },
  { module: 'auth0', paths: ['resourceServers.create'], whenProperty: 'identifier',
    why: 'an API\'s identifier (its audience) is unique in the tenant: a repeat under the same identifier is refused',
    checkedAgainst: 'auth0 Management API v2 POST /resource-servers (the generated models\' ResourceServerCreate.identifier: "Unique identifier for the API used as the audience parameter on authorization calls. Can not be changed once set.")' },
  { module: 'agentmail', paths: ['inboxes.create'], whenProperty: 'username',
    why: 'an inbox address is unique: a repeat under the same username is refused', checkedAgainst: 'agentmail@0.5.27 (api/resources/inboxes: CreateInboxRequest.username names the address)' },
  // Kernel (@onkernel/sdk, Stainless-generated): an auth connection is one per profile and domain (create answers 409 Conflict
  // when one exists), a credential's, a profile's and a browser pool's name are unique in the project (README question 19); a
  // submit fills the fields of the login form of the flow in progress (question 80: typing in a sandboxed browser).
  { module: '@onkernel/sdk', paths: ['auth.connections.create'], whenProperty: 'domain',
    why: 'one auth connection per profile and domain: a repeat is refused with 409 Conflict',
    checkedAgainst: '@onkernel/sdk (kernel/kernel-node-sdk src/resources/auth/connections.ts @0a5405f create: "Returns 409 Conflict if an auth connection already exists for the given profile and domain")' },
  { module: '@onkernel/sdk', paths: ['credentials.create', 'browserPools.create', 'profiles.create'], whenProperty: 'name',
    why: 'the name is unique in the project: a repeat under the same name is refused',
    checkedAgainst: '@onkernel/sdk (kernel/kernel-node-sdk src/resources/credentials.ts @2ded1c6 CredentialCreateParams.name "Unique name for the credential within the project"; src/resources/browser-pools.ts @00036a9 BrowserPoolConfig.name "Must be unique within the project"; src/resources/profiles.ts @00036a9 ProfileCreateParams.name "Must be unique within the logical project")' },
  { module: '@onkernel/sdk', paths: ['auth.connections.submit'],
    why: 'fills the fields of the login form of the flow in progress: a repeat types the same values again (question 80)',
    checkedAgainst: '@onkernel/sdk (kernel/kernel-node-sdk src/resources/auth/connections.ts @0a5405f submit: POST /auth/connections/{id}/submit, "Submits field values for the login form")' },
  // Azure DevOps (README questions 19, 27 and 62, from the REST API's documentation): one active pull request per
  // source and target branch (TF401179), a pipeline name unique in its folder, reviewers and a team's iterations kept
  // once, a label set by name.
  { module: 'azure-devops-node-api', paths: ['createPullRequest'],
    why: 'one active pull request per source and target branch: a repeat is refused (TF401179)', checkedAgainst: 'azure-devops-node-api@15.1.1 (GitApi.createPullRequest; Azure DevOps REST 7.1 Pull Requests - Create)' },
  { module: 'azure-devops-node-api', paths: ['createPullRequestReviewer', 'createPullRequestReviewers', 'createPullRequestLabel', 'postTeamIteration'],
    why: 'a membership the pull request or team keeps once (question 27)', checkedAgainst: 'azure-devops-node-api@15.1.1 (GitApi.createPullRequestReviewer(s) PUT/POST reviewers by id, createPullRequestLabel by name; WorkApi.postTeamIteration by iteration id)' },
  { module: 'azure-devops-node-api', paths: ['createPipeline'],
    why: 'a pipeline name is unique in its folder: a repeat is refused (question 62)', checkedAgainst: 'azure-devops-node-api@15.1.1 (PipelinesApi.createPipeline; Azure DevOps REST 7.1 Pipelines - Create)' },
];

/**
 * Clients that run a server function named by a reference (`convex.mutation(api.messages.create, args)`): what the call
 * writes is judged by the function's name as a vendor method's would be (`createForUser` creates, `markCompleted` and
 * `getById` are not writes found by name). Convex's HTTP client sends one POST of the function's path and arguments, with
 * no request id and no retry of its own; a mutation is a transaction that runs once per call (docs.convex.dev,
 * Functions › Mutations), an action may call anything.
 */
export const functionReferenceCalls: ReadonlyArray<import('./types.js').CallPattern & import('./types.js').Checked & { label: string; reference: number }> = [
  { label: 'Convex', module: ['convex/browser'], export: ['ConvexHttpClient', 'ConvexClient'], instance: true, path: ['mutation', 'action'], reference: 0,
    checkedAgainst: 'convex (get-convex/convex-js src/browser/http_client.ts: mutation/action → one fetch POST of { path, args }, no retry, no request id)' },
  { label: 'Convex', module: ['convex/nextjs'], export: ['fetchMutation', 'fetchAction'], path: [''], reference: 0,
    checkedAgainst: 'convex (get-convex/convex-js src/nextjs/index.ts: fetchMutation/fetchAction → ConvexHttpClient mutation/action)' },
];

/**
 * Sends known by what they are given: a Cloudflare Workers send_email binding is declared by the project's wrangler
 * config and typed only by the runtime's ambient `SendEmail`, but what it is handed is an `EmailMessage` from
 * `cloudflare:email` (`env.SEND_EMAIL.send(new EmailMessage(from, to, raw))`): each call sends the message.
 */
export const writesByArgument: ReadonlyArray<{ method: string; arg: number; message: import('./types.js').CallPattern; label: string; write: import('./types.js').WriteKind; checkedAgainst: string }> = [
  { method: 'send', arg: 0, message: { module: ['cloudflare:email'], export: ['EmailMessage'], instance: true, path: [''] }, label: 'Cloudflare Email send', write: 'send',
    checkedAgainst: 'developers.cloudflare.com/email-routing/email-workers/send-email-workers (`import { EmailMessage } from "cloudflare:email"; await env.SEB.send(new EmailMessage(sender, recipient, raw))`); @cloudflare/workers-types SendEmail.send(message: EmailMessage): Promise<void>' },
];
