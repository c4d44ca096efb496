// HTTP clients: how each takes a method, a signal and a timeout, and which have a real default deadline.
// Node's fetch has no overall deadline (undici bounds only headers and body gaps, 300 s each).
import type { HttpClientRetryFact, OutboundCallFact } from './types.js';

const fetchLike = { signalOptions: ['signal'], timeoutOptions: [] as string[] };

/**
 * Package types a field or parameter may be written with that name an HTTP client instance, not how it was made
 * (axios's `AxiosInstance` interface and `Axios` class): deadlines.ts judges such a value by the creation a class field
 * is assigned, and leaves any other unjudged.
 */
export const typedClientExports = ['AxiosInstance', 'Axios'];

export const httpCalls: OutboundCallFact[] = [
  { kind: 'http', label: 'fetch', module: ['global'], export: ['fetch'], path: [''], optionsArgs: [1], ...fetchLike, checkedAgainst: 'node@20.20' },
  { kind: 'http', label: 'undici fetch', module: ['undici'], export: ['fetch'], path: [''], optionsArgs: [1], ...fetchLike, checkedAgainst: 'undici@7' },
  { kind: 'http', label: 'undici request', module: ['undici'], export: ['request'], path: [''], optionsArgs: [1], ...fetchLike, checkedAgainst: 'undici@7' },
  { kind: 'http', label: 'node-fetch', module: ['node-fetch'], export: ['default'], path: [''], optionsArgs: [1], ...fetchLike, checkedAgainst: 'node-fetch@3' },
  // cross-fetch in Node is node-fetch 2 (dist/node-ponyfill.js calls it with the init unchanged), whose own
  // `timeout` option bounds the request; none by default.
  {
    kind: 'http', label: 'cross-fetch', module: ['cross-fetch'], export: ['default', 'fetch'], path: [''], optionsArgs: [1],
    signalOptions: ['signal'], timeoutOptions: ['timeout'], checkedAgainst: 'cross-fetch@4.1.0',
  },
  // fetch-retry: `wrapFetch(fetch, defaults)` returns `fetchRetry(input, init)`, which calls the wrapped fetch with the
  // same init on every attempt (index.js): the signal and timeout are the wrapped fetch's. (Its own retries — a network
  // error 3 times by default, and the statuses in `retryOn` — are not recorded among the retry mechanisms yet.)
  { kind: 'http', label: 'fetch-retry', module: ['fetch-retry'], export: ['default'], instance: true, path: [''], optionsArgs: [1], ...fetchLike, checkedAgainst: 'fetch-retry@6.0.0' },
  {
    // `AxiosInstance`, `Axios`: a value typed with axios's instance type or class (`private client: AxiosInstance`), which
    // deadlines.ts judges by the creation the class assigns it.
    kind: 'http', label: 'axios', module: ['axios'], export: ['default', 'axios', ...typedClientExports],
    path: ['', 'get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request'],
    optionsArgs: ['last'], signalOptions: ['signal', 'cancelToken'], timeoutOptions: ['timeout'], checkedAgainst: 'axios@1.21.1',
  },
  {
    kind: 'http', label: 'got', module: ['got'], export: ['default', 'got', 'Got'],
    path: ['', 'get', 'post', 'put', 'patch', 'delete', 'head'],
    optionsArgs: ['last'], signalOptions: ['signal'], timeoutOptions: ['timeout'], checkedAgainst: 'got@14.6.6',
  },
  {
    // openapi-fetch: createClient<paths>({ baseUrl }) → client.POST('/path', { body, signal })
    kind: 'http', label: 'openapi-fetch', module: ['openapi-fetch'], export: ['default', 'createClient'], instance: true,
    path: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'], optionsArgs: [1], signalOptions: ['signal'], timeoutOptions: [], checkedAgainst: 'openapi-fetch@0.14',
  },
  {
    // `KyInstance`: a value typed with ky's instance type (`ky: KyInstance = defaultKy`, then `this.ky = ky.extend(…)`).
    kind: 'http', label: 'ky', module: ['ky'], export: ['default', 'ky', 'KyInstance'],
    path: ['', 'get', 'post', 'put', 'patch', 'delete', 'head'],
    optionsArgs: ['last'], signalOptions: ['signal'], timeoutOptions: ['timeout'], defaultDeadlineMs: 10_000, checkedAgainst: 'ky@1.14.3',
  },
];

/**
 * Node's own `http.request`/`https.request` (`request(options[, callback])`, `request(url[, options][, callback])`;
 * `options.method` defaults to GET, the URL's path is `options.path`): read by the write rules only. They are not among
 * the calls `missing-deadline` covers (test/corpus/README.md question 23), so they are kept out of `httpCalls`.
 */
export const nodeHttpRequests: OutboundCallFact[] = [
  {
    kind: 'http', label: 'Node https.request', module: ['http', 'https', 'node:http', 'node:https'], export: ['request'], path: [''],
    optionsArgs: [1], trailingCallback: true, urlInPathOption: true, ...fetchLike, checkedAgainst: 'node@20.20 (doc/api/http.md http.request)',
  },
  {
    kind: 'http', label: 'Node https.request', module: ['http', 'https', 'node:http', 'node:https'], export: ['default', '*'], path: ['request'],
    optionsArgs: [1], trailingCallback: true, urlInPathOption: true, ...fetchLike, checkedAgainst: 'node@20.20 (doc/api/http.md http.request)',
  },
];

/**
 * A fetch a host runtime gives the code as a global the project declares itself — a `declare const net: { fetch(url:
 * string, options?: { method?: string; headers?: …; body?: string }): Promise<…> }` in one of its declaration files
 * (declared-globals.ts reads the signature, not the name). callee.ts gives such a call this module. Read by the write
 * rules only: the host's deadline is the host's, which no source of the project shows, so `missing-deadline` does not judge it.
 */
export const DECLARED_GLOBAL = '(declared global)';

export const declaredGlobalRequests: OutboundCallFact[] = [
  {
    kind: 'http', label: 'declared fetch', module: [DECLARED_GLOBAL], export: ['fetch'], path: [''], optionsArgs: [1], ...fetchLike,
    checkedAgainst: 'the declaration the project writes: (url: string, init?: { method, headers | body }) => Promise<…>',
  },
];

/**
 * PATCHes that append rather than set fields: Notion's "Append block children", `PATCH /v1/blocks/{block_id}/children`
 * — a repeat adds the blocks a second time.
 */
export const appendingPatchPaths: ReadonlyArray<{ path: RegExp; checkedAgainst: string }> = [
  { path: /\/blocks\/[^/]+\/children\/?(?:\?|$)/, checkedAgainst: 'makenotion/notion-mcp-server scripts/notion-openapi.json (patch-block-children: "Append block children")' },
];

/** HTTP methods by client member name (`axios.post`). */
export const methodByMember: Record<string, string> = {
  get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE', head: 'HEAD', options: 'OPTIONS',
  GET: 'GET', POST: 'POST', PUT: 'PUT', PATCH: 'PATCH', DELETE: 'DELETE', HEAD: 'HEAD',
};

/** Built-in retry options of HTTP clients: none retries POST unless configured to. */
export const httpClientRetries: HttpClientRetryFact[] = [
  { module: 'axios-retry', label: 'axios-retry', retriesPostByDefault: false, checkedAgainst: 'axios-retry@4.5.0' },
  { module: 'ky', label: 'ky retry', retriesPostByDefault: false, checkedAgainst: 'ky@1.14.3' },
  { module: 'got', label: 'got retry', retriesPostByDefault: false, checkedAgainst: 'got@14.6.6' },
];

/**
 * URL path segments that are reads even when sent as POST (search and retrieval APIs, LLM endpoints, and
 * web-reading APIs: Firecrawl's and Tavily's scrape, crawl, map, extract, research, parse; checks such as
 * Uniswap's `check_approval` — but not a check-in or check-out, which book something; an `export` action on a resource
 * (Coda's `POST /docs/{docId}/pages/{pageIdOrName}/export`, the API's way to read a page's content) — not `/exports`, a
 * collection of export jobs the service keeps; Google Calendar's `/freeBusy`, which
 * answers free/busy times; PII masking and redaction, which return the text transformed; a price calculation, `/pricing`;
 * a lookup named for its key, `…/tokens/by-address`, `/by-owner`, as Alchemy's Data API sends its portfolio reads). A
 * `-batch` suffix is the same read for many inputs (`mask-batch`, `embeddings_batch`).
 * Matched against the literal parts of the URL written at the call, one path segment at a time.
 */
export const readOnlyPostSegment =
  // One qualifying word may come first (`web-search`, `semantic_search`, `bulk-lookup`), unless it says the request writes
  // (`save-search`, `create-query`).
  /^(?:(?!(?:create|save|saved|add|new|update|delete|remove|put|post|submit|send|store|insert)[-_])[a-z0-9]+[-_])?(_?search|_msearch|_count|query|queries|lookup|retrieve|find|list|embeddings?|classify|moderations?|completions|rank|rerank|score|validate|validations?|estimate|quote|preview|graphql|analy[sz]e|summari[sz]e|translate|predict|infer|detect|extract|tokeni[sz]e|count_tokens|verify|scrape|crawl|map|research|parse|export|freebusy|mask|redact|anonymi[sz]e|pricing|by[-_][a-z]+(?:[-_][a-z]+)?|check(?:[_-](?!in$|out$)[a-z_-]+)?)([-_]batch)?(\.json)?$/i;

/**
 * RPC-style APIs name the method in the last path segment and send every call as POST: Slack's Web API
 * (`/api/conversations.list`, `users.info`, `conversations.history`, `search.messages`, `users.lookupByEmail`), Google's
 * custom methods (`…/documents:batchGet`, `:runQuery`), Telegram's Bot API (`/getUpdates`, `/getChat`). The method's verb
 * decides: one of these reads. Matched against one part of a dotted or colon-separated method name (`users.info` → `info`),
 * or against a whole camelCase method segment, which must not also name a write (`getOrCreate…`, `getAndUpdate…`). A
 * check reads (Porkbun's `checkDomain`), not a check-in or check-out, nor a plural after it, which names a collection
 * (Trello's `/checklists/{id}/checkItems`).
 */
export const rpcReadVerb =
  /^(?:(?:get|batchGet|list|lookup|search|find|count|fetch|read|query|runQuery|retrieve|check(?!(?:In|Out)$|[A-Z][A-Za-z]*[^su]s$)|download)(?:[A-Z][A-Za-z]*)?|info|details|history|replies|members|identity)$/;
/**
 * Words of `rpcReadVerb` that a POST to a plain path may write with: a collection it adds to (`/comments/replies`,
 * `/groups/members`), a counter it bumps (`/views/count`), a job it starts (Zoho CRM's `POST /crm/bulk/v7/read` creates a
 * bulk read job; `/messages/read` marks messages read; `/feeds/fetch` has the server fetch and keep a feed), a statement it
 * runs (`/reports/query`, whose query may write). They read only as a dotted method's last part (Slack's
 * `conversations.replies`, `conversations.members`) or a camelCase method (`countTokens`, `readFile`).
 */
export const rpcReadNounOnly = /^(?:history|replies|members|identity|count|read|query|fetch)$/;
/**
 * A path segment naming a database whose `query` endpoint runs the statement it is sent (`/db/query`, `/sql/query`,
 * Cloudflare D1's `POST /accounts/{id}/d1/database/{db}/query`, which runs any SQL, INSERT included): such a query is no read.
 */
export const databaseSegment = /^(?:db|dbs|database|databases|sql|d1|postgres|pg|mysql|sqlite|libsql|turso)$/i;
/**
 * RPC methods (the last part of a dotted method name in the URL's last segment, as Slack's Web API sends them) that set
 * a field of a known object to a given value: `conversations.setTopic`, `conversations.setPurpose`, `users.profile.set`,
 * `conversations.rename`, `chat.update`. A repeat leaves the same value (RULES.md: an update that only sets fields to
 * given values, low confidence at most; question 5). Checked against the Slack Web API reference (docs.slack.dev/reference/methods).
 */
export const rpcSetVerb = /^(?:(?:set|update|edit)(?:[A-Z][A-Za-z]*)?|rename)$/;
/**
 * RPC methods that delete the record or records the call names (`/dns/delete/{domain}/{id}`, Porkbun's
 * `deleteByNameType`, Braze's `/users/delete` of the listed ids, Teamleader's `invoices.delete`, `/email/bounce/remove`
 * of the given addresses): a repeat finds them gone (RULES.md: a delete of a known id, low confidence at most; question 5).
 */
export const rpcDeleteVerb = /^(?:delete|remove)(?:[A-Z][A-Za-z]*)?$/;
/**
 * A POST whose path names an update although it publishes something new: Twitter's v1.1 `statuses/update` posts a
 * tweet ("Updates the authenticating user's current status, also known as Tweeting"), as `update_with_media` does.
 */
export const postingUpdatePath = /(?:^|\/)statuses\/update(?:_with_media)?(?:\.json)?\/?(?:\?|$)/;
export const rpcWriteWord = /create|add|update|delete|remove|set|send|post|insert|save|upsert|put|write|mark|increment|upload|publish|schedule|invite|join|open|archive|rename|kick/i;

/**
 * LLM endpoints sent as POST that only read: `/v1/messages`, `/v1/responses`, `/chat/completions`; and generation
 * endpoints that return what they make and store nothing (test/corpus/README.md question 30: completion-like) —
 * OpenAI's `/v1/audio/speech`, `/v1/audio/transcriptions`, `/v1/audio/translations` and `/v1/images/generations`,
 * ElevenLabs' `/v1/text-to-speech/{voice}`, `/v1/music`, `/v1/sound-generation`, `/v1/speech-to-text` (each answers
 * with the audio or text in the response body: ElevenLabs API reference, "Create speech", "Compose music"); image
 * generation named for what it turns into an image — Stability AI's `…/stable-diffusion-xl-1024-v1-0/text-to-image` and
 * `/image-to-image` (the images come back base64 in the response body: Stability AI REST API v1, "Text-to-image"), the
 * `txt2img`/`img2img` routes of Stable Diffusion web UIs (`/sdapi/v1/txt2img`). Also
 * Slack's `conversations.join` over HTTP: a membership the workspace keeps once (a repeat answers `ok` with the warning
 * `already_in_channel`: Slack API reference, conversations.join; question 27), not a write a repeat duplicates; and its
 * `conversations.open`, which answers the DM or group DM the workspace already holds for those users (Slack API
 * reference, conversations.open: "If the conversation already exists, returns the existing conversation"; question 6).
 * Cloudflare Workers Analytics Engine's SQL API (`POST /client/v4/accounts/{id}/analytics_engine/sql`, the query in
 * the body) runs `SELECT` and `SHOW` statements over the data points a Worker wrote through its binding; it writes
 * nothing (Cloudflare docs, Analytics Engine "SQL API" and "SQL Reference"). A POST to a last segment `status` after
 * a plain word (`…/sandbox/status` with the sandbox's id in the body) asks for a state; after a record's id
 * (`/tickets/${id}/status`) it sets that record's status, an update (low). And a
 * batch read, `…/batch/read` (HubSpot CRM v3 `POST /crm/v3/objects/{type}/batch/read` answers the records whose ids the
 * body lists: a read sent as POST). A typing indicator, a last segment `typing` (`…/live-chat/typing`, Discord's
 * `/channels/{id}/typing`), shows for a few seconds and stores nothing (question 6); so does Telegram's Bot API
 * `sendChatAction` ("typing…", "upload_photo…": shown for 5 seconds or until the bot's next message, Telegram Bot API
 * reference, sendChatAction; question 81's transient state — knowledge saas-writes.ts already leaves it out of the writes).
 * DuckDuckGo's HTML and lite endpoints (`https://html.duckduckgo.com/html/`) take the search query as a POSTed form: a
 * search. Shippo's `POST /live-rates` answers the shipping rates of a cart for a checkout and stores nothing (Shippo API
 * reference, Rates at Checkout "Generate a live rates request": the response is the list of rates). Zoho CRM's Query
 * API, `POST /crm/{version}/coql` with a `select_query`, runs a COQL SELECT (Zoho CRM API reference, "Get Records
 * through COQL Query": "Although you get records from the module, the HTTP method is POST as you post the query").
 * The WordPress.org plugin directory API, `https://api.wordpress.org/plugins/info/1.x/`: every action it takes
 * (`plugin_information`, `query_plugins`, `hot_tags`, `hot_categories`) answers directory data and stores nothing
 * (codex.wordpress.org "WordPress.org API", Plugins: "information about plugins… query_plugins… hot_tags"; a read whether
 * sent as GET or POST). Ollama's `POST /api/embed` answers the embeddings of the input and stores nothing (ollama-js 0.6.4
 * src/browser.ts `embed`: `utils.post(…/api/embed)` returning an EmbedResponse; its older `/api/embeddings` is already
 * a read by its segment).
 */
export const readOnlyPostPath =
  /api\.wordpress\.org\/plugins\/info\/|\/api\/embed\/?(\?|$)|\/v1\/(messages|responses)(\/count_tokens)?\/?(\?|$)|\/chat\/completions|\/v1\/(audio\/(speech|transcriptions|translations)|images\/generations|text-to-speech|music|sound-generation|speech-to-text)(\/|\?|$)|\/(?:text|image)-to-image(\/|\?|$)|\/(?:txt2img|img2img)(\/|\?|$)|slack\.com\/api\/conversations\.(?:join|open)(\?|$)|\/batch\/read\/?(\?|$)|\/analytics_engine\/sql\/?(\?|$)|\/[A-Za-z][\w-]*\/status\/?(\?|$)|\/typing\/?(\?|$)|\/sendChatAction\/?(\?|$)|duckduckgo\.com\/(?:html|lite)\/?(\?|$)|\/live-rates\/?(\?|$)|\/coql\/?(\?|$)/;

/**
 * POSTs that store content-addressed objects: git blobs and trees (GitHub REST `POST /repos/{owner}/{repo}/git/blobs`,
 * `/git/trees`; a git object's sha is the hash of its content), so a repeat yields the same object and creates nothing new.
 * Also an AT Protocol blob (`POST /xrpc/com.atproto.repo.uploadBlob` answers a blob reference by the content's CID; the
 * PDS drops a blob no record references within minutes: @atproto/api 0.18 lexicons, com.atproto.repo.uploadBlob).
 */
export const contentAddressedPostPath = /\/git\/(blobs|trees)\/?(\?|$)|\/xrpc\/com\.atproto\.repo\.uploadBlob\/?(\?|$)/;

/**
 * URL path segments of endpoints that mint a short-lived credential (OAuth `/token`, GitHub's installation
 * `/access_tokens`, an OIDC `…-token-exchange`, an OAuth authorization or device code, a `/jwt`, an `/authenticate` that hands back
 * a session token or portal link with its expiry, a `/login` or `/signin` that answers credentials with a session token or
 * JWT — also as an RPC method, `accounts.login` —, a `…-token` such as `/refresh-token` or `/installation-token`; an
 * OAuth authorization link minted for a person to open, `/oauth-connect`, `/auth-url`, `/connect-link`): a repeat mints
 * another token or link and the first simply expires, so a POST there is not a write anyone would duplicate
 * (test/corpus/README.md settled question 6). Also a session opened or refreshed for the client itself: an RPC method
 * `…server.createSession` / `…refreshSession` under a dotted namespace (an AT Protocol PDS's XRPC login and refresh, each
 * answering an access and a refresh JWT), a `/refreshSession`, `/refresh-token`, `/refreshToken`. Not `/register` or
 * `/signup`: those create an account; not a bare `/sessions` or `createSession` without a namespace: a browser,
 * sandbox or chat session some APIs bill as a resource.
 */
export const credentialMintSegment = /^((?:[a-z]+\.)+(?:create|refresh)Session|refresh[-_]?(?:session|token|jwt)|token|access[-_]tokens|[\w-]*token[-_]exchange|(authorization|device)[-_]codes?|jwts?|authenticate|(?:[a-z]+\.)?(?:log[-_]?in|sign[-_]?in)|[a-z]+(?:[-_][a-z]+)*[-_]token|oauth[-_]?connect|(?:oauth|auth|authori[sz]ation|authori[sz]e|login|connect)[-_]?(?:url|link))$/i;

/**
 * A POST to a record's own URL, `/{collection}/{id}` (`/issues/{id}`, `/v1/customers/{id}`, `/posts/{id}`,
 * `/contacts/v1/lists/{id}`): Stripe, OpenAI, YouTrack, the WordPress REST API and HubSpot's v1 lists take it as an
 * update of the fields the body gives (RULES.md: a set, low confidence at most; test/corpus/README.md question 5).
 * Not when the collection names something a POST runs, sends or adds to by name — this pattern lists those: a hook,
 * a service (Slack's webhook paths), a queue, topic, stream or channel that takes a message, a conversation, chat,
 * thread, room, inbox or feed that takes a post, a tool, action, command, function, job, task, flow, run, deployment
 * or build that runs, a form that takes a submission, a session or agent that takes a prompt, a file or upload made.
 */
export const itemPostActsOn =
  /^(?:[a-z]*[-_]?hooks?|services?|events?|messages?|notifications?|topics?|queues?|streams?|channels?|conversations?|chats?|threads?|rooms?|inbox(?:es)?|feeds?|comments?|replies|emails?|mails?|sms|calls?|tools?|actions?|commands?|functions?|jobs?|tasks?|flows?|workflows?|pipelines?|runs?|triggers?|executions?|invocations?|operations?|deployments?|deploys?|builds?|forms?|submissions?|sessions?|agents?|files?|uploads?|attachments?|documents?|transactions?|batch(?:es)?|leads?)$/i;

/**
 * A batch action on records the body lists by id, as the last two segments `batch/<action>`, each checked against
 * HubSpot's generated API reference (CRM v3 objects, the OpenAPI the `@hubspot/api-client` BatchApi is generated from):
 * `POST /crm/v3/objects/{objectType}/batch/update` "Update a batch of objects by internal ID, or unique property values"
 * (each `inputs[]` id gets the given properties) is an update that sets fields; `…/batch/archive` "Archive a batch of
 * objects by ID" (also the v4 associations' `…/associations/{from}/{to}/batch/archive`, which removes the listed pairs)
 * is a delete of known ids — both low confidence at most (RULES.md; corpus README question 5); `…/batch/upsert` "Create
 * or update a batch of objects by unique property values" repeats safely. The same as one segment, `bulk_update` and
 * `bulk_delete` (Freshdesk API v2 `POST /api/v2/tickets/bulk_update` with `bulk_action.ids` and the `properties` to set,
 * `…/bulk_delete` of `ids`). Not `…/batch/create` or `bulk_create`: every repeat adds the records again. Not Discord's
 * `…/messages/bulk-delete`, which a client feeds the latest messages it fetched (discord.js `bulkDelete(count)`: a repeat
 * deletes more, corpus README question 110).
 */
export const batchOfRecordsPath = /(?:\/batch\/|\/bulk_)(update|archive|delete|upsert)\/?(?:\?|$)/;

/**
 * A POST whose last path segment names an upsert (`/contacts/upsert`, `/opportunities/upsert`, `/vectors/upsert`,
 * `…/bulk-upsert`): the service finds the record by the unique fields the body gives and updates it, or creates it when
 * there is none, so a repeat writes the same record (RULES.md: an upsert on a unique key is safe). Checked against the
 * HighLevel API v2 reference (`POST /contacts/upsert` "Upsert Contact", matched by the location's unique fields;
 * `POST /opportunities/upsert` "Upsert Opportunity") and Pinecone's data plane (`POST /vectors/upsert`: "If a new value
 * is upserted for an existing vector ID, it will overwrite the previous value").
 */
export const upsertPostSegment = /^(?:[a-z]+[-_])?upsert$/i;

/**
 * A document kind an accounting API keeps beside its invoices: an estimate or a quote sent to a customer, under the
 * invoices collection (HighLevel API v2 `POST /invoices/estimate` "Create New Estimate", `…/estimate/{id}/send`,
 * `…/estimate/{id}/invoice`). There `estimate` names records, not a computation (`/fees/estimate`, `/v1/estimate`
 * stay reads, readOnlyPostSegment).
 */
export const invoiceDocumentKind = { kind: /^(?:estimates?|quotes?)$/i, under: /^invoices?$/i };

/**
 * A path segment naming an action that moves a known record to a state or sets its fields, next to the record's id
 * (`/invoices/{id}/cancel`, `/claims/{id}/accept-claim`, `/jobs/{id}/archive`, `/redis/update-regions/{id}`,
 * `/redis/restore-backup/{id}`, Jira's `/issue/{key}/transitions`, a to-do's `/todos/{id}/completion`, an agent's
 * `/agents/{id}/status` or `/agents/{id}/metadata`, which set the id's status or metadata to the values posted) or, on a
 * cloud API, in an `actions` collection of the id (`/servers/{id}/actions/poweroff`, `/floating_ips/{id}/actions/assign`,
 * `/load_balancers/{id}/actions/change_type`): a REST action endpoint on an id the caller names. A repeat finds the
 * record already in that state (powered off, stopped, assigned to the given server, detached), so it is an update that
 * sets a field (RULES.md: low confidence at most; test/corpus/README.md settled question 6: setting a status creates
 * nothing new). Matched only right before or after a dynamic segment (the id). Not `reset-…`: a password reset for a
 * user sends an email; not `start`, `restart`, `reboot`, `reset`, `rebuild`: a repeat runs them again (question 28).
 * Also, as whole segments only (`merge-fields` is a collection), the one-shot actions a repeat finds done (question 32):
 * a lead converted, a task merged into another, an invoice paid, a record moved to a given place or order
 * (`move`, Basecamp's `moves.json`, `reorder`), changes requested on a pull request, a campaign sent now (`sendNow`), a
 * deal won or lost (Teamleader's `deals.win`, `deals.lose`); and a record's `settings` set to the values posted
 * (`/campaigns/{id}/settings`).
 * Not `refund`, `send` or `publish`: a refund takes an amount, and a send or publish to a channel delivers again.
 */
export const stateTransitionSegment =
  /^(status|state|metadata|cancel|close|reopen|archive|unarchive|approve|reject|decline|accept|activate|deactivate|suspend|unsuspend|resume|pause|unpause|void|lock|unlock|enable|disable|complete|completion|finali[sz]e|mark|update|set|unset|change|restore|transitions?|paid|read|seen|moderate|best|pin|unpin|star|unstar|mute|unmute|hide|unhide|stop|halt|shutdown|power[-_]?(?:on|off)|assign|unassign|attach|detach|remove|delete)([-_][a-z_-]+)?$|^(?:convert|merge|pay|moves?|reorder|request[-_]?changes|send[-_]?now|win|lose|settings)$/i;

/**
 * The end of a resource's life named by the last segment after a plain noun, with the resource's id in the body
 * (`POST …/sandbox/terminate { sandbox_id }`, `POST …/phone/numbers/release { phone_number }`): a repeat finds it
 * terminated or released (question 5: a delete of a known id, low confidence at most). Not `cancel`, `stop` or `delete`
 * here: those also name a whole collection's operation (`/queue/cancel`), which these two words do not.
 */
export const endOfLifeSegment = /^(?:terminate|release)$/i;

/**
 * A one-shot action of `stateTransitionSegment` followed by a plain word naming what the record becomes, right after
 * the record's id: Pipedrive's `POST /api/v2/leads/{id}/convert/deal` turns the lead into a deal once; a converted
 * lead is not converted again (question 32).
 */
export const oneShotActionWithTarget = /^convert$/i;
