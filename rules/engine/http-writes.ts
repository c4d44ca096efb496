// httpWrite: whether an HTTP request (fetch, axios, got, ky, undici, openapi-fetch, Octokit request)
// writes, from its method and URL. A helper that takes its method from its caller (`method:
// opts.method ?? 'GET'`, `fetch(url, { ...init })`, `request(path, 'POST', body)`) makes a request
// only its callers decide: it stays undecided here and is judged at each call site
// (`requestAtCallSite`), as the URL and the idempotency key are.
import { Node, SyntaxKind, type CallExpression, type ObjectLiteralExpression } from 'ts-morph';
import { deepPropertyOf, hasOpaqueSpread, hasPropertyNamed, objectLiteralOf, propertyName, propertyValue, unwrap, type CalleeRef } from './callee.js';
import { isMutationDocument } from './vendor-writes.js';
import type { RuleOptions } from './config.js';
import { escapeRegExp, findMatch } from './match.js';
import { belowCommonFolder } from './model-calls.js';
import { isTestCodePath } from './project-loader.js';
import type { ProjectModel } from './project-model.js';
import { enclosingFunctionOf, localFunctionNamed, resolveIdentifier } from './scope.js';
import type { WriteEffect } from './side-effects.js';
import type { OutboundCallFact } from '../knowledge/types.js';
import { campaignSendPath, credentialMintPath, syncReadBody, draftSendPath, relationEndpointPaths, relationKeptOncePath, relationKeptOnceSegment, relationKeptOnceWhy, relationOfRecordWhy, sameResultPostPaths, tagContainerCollection, tagsInBulkPath, tagsOfRecordSegment, uniqueNameCreatePaths, vendorStateActionPaths, versionedUpdateBody, atprotoRelationRecord, wordPressApiBase, wordPressItemPath } from '../knowledge/repeat-safe-posts.js';
import { idempotencyKeyIn, keyAssignedTo, keyInHeadersBuiltBy, keyProperty, parameterIndex, stringValue, withKey, type ParamRef } from './write-keys.js';
import { classProperty } from './class-members.js';
import { valueOf } from './values.js';

const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const MAX_FOLLOW = 6;

/** A piece of a URL: literal text, a parameter of the enclosing function, or something we cannot see (null). */
export type UrlPiece = string | ParamRef | null;

const httpFactsOf = new WeakMap<ReadonlyArray<OutboundCallFact>, OutboundCallFact[]>();

/** The knowledge's HTTP clients, filtered once (matched against every call). */
function httpFacts(model: ProjectModel): OutboundCallFact[] {
  const all = model.knowledge.outboundCalls;
  let http = httpFactsOf.get(all);
  // Node's http.request and a host's declared fetch write like any client, but are not calls missing-deadline covers: only here.
  if (!http) httpFactsOf.set(all, (http = [...all.filter((f) => f.kind === 'http'), ...model.knowledge.nodeHttpRequests, ...model.knowledge.declaredGlobalRequests]));
  return http;
}

/** A decided request: its method and its URL, re-judged where the URL comes from a parameter. */
export interface HttpRequest {
  via: string;
  method: string;
  url: UrlPiece[];
  /** The caller's headers, when they are merged in (an Idempotency-Key may travel there). */
  headers?: ParamRef;
  /** The URL ends in a value the code names as an id (`/issues/${issueId}`): the record a POST there updates. */
  endsWithId?: boolean;
}

/** A request whose method the caller passes in: undecided until a call site says which method. */
export interface CallerDecidedRequest {
  via: string;
  /** Where the method comes from (none: only `fallback` decides). */
  method?: ParamRef;
  /** The method when the caller passes none (`?? 'GET'`, or the client's own default, GET). */
  fallback: MethodChoice;
  url: UrlPiece[];
  /** The caller's headers, when they are merged in (an Idempotency-Key may travel there). */
  headers?: ParamRef;
  endsWithId?: boolean;
}

/**
 * A method, or one of two chosen by whether the caller passes a value (`opts.id === undefined ? 'POST' : 'PUT'`: a
 * create-or-update helper creates when no id is given and puts to the id it is given).
 */
export type MethodChoice = string | { presence: ParamRef; present: string; absent: string };
type MethodSource = { literal: string } | { param?: ParamRef; fallback?: MethodChoice };
/** What a request whose method the caller passes knows before its call sites are seen. */
type FromCaller = Omit<CallerDecidedRequest, 'via' | 'url'>;

/** undefined: not an HTTP call; null: an HTTP call that is not a write (or whose method cannot be seen). */
export function httpWrite(call: CallExpression, callee: CalleeRef, model: ProjectModel, options: RuleOptions, args = call.getArguments()): WriteEffect | null | undefined {
  const fact = findMatch(httpFacts(model), callee);
  const octokitRequest = callee.module.includes('octokit') && callee.path[callee.path.length - 1] === 'request';
  if (!fact && !octokitRequest) return undefined;
  // wrapZodFetch(schema, url, init): read from the URL on, as fetch(url, init).
  if (fact?.urlArg) args = args.slice(fact.urlArg);
  // https.request(options, (res) => …): the callback is not options.
  if (fact?.trailingCallback && args.length > 1 && isFunctionArgument(args[args.length - 1]!)) args = args.slice(0, -1);
  const via = fact?.label ?? 'Octokit request';
  let method: string | undefined;
  let fromCaller: FromCaller | undefined;
  let url: Node | ParamRef | undefined = args[0];
  let config: ObjectLiteralExpression | undefined;
  const member = callee.path[callee.path.length - 1];
  if (octokitRequest) {
    const route = args[0] && Node.isStringLiteral(args[0]) ? args[0].getLiteralValue() : '';
    method = /^([A-Z]+)\s/.exec(route)?.[1] ?? 'GET';
    config = objectLiteralOf(args[1]);
  } else if (member && model.knowledge.methodByMember[member]) {
    method = model.knowledge.methodByMember[member];
    config = objectLiteralOf(args[args.length - 1] === args[0] ? undefined : args[args.length - 1]);
  } else {
    // fetch(url, init), axios(config), axios.request(config), got(url, options)
    const firstObject = objectLiteralOf(args[0]);
    // axios(config) / client.request(config) with the caller's config: its url and method are the caller's.
    const configParam = !firstObject && args.length === 1 && (via === 'axios' || member === 'request' || fact?.trailingCallback) ? paramRefOf(args[0]!) : undefined;
    const configArg = firstObject || configParam ? args[0] : args[1];
    config = objectLiteralOf(configArg);
    if (firstObject) url = propertyValue(deepPropertyOf(firstObject, 'url')) ?? (fact?.urlInPathOption ? propertyValue(deepPropertyOf(firstObject, 'path')) : undefined);
    if (configParam) url = child(configParam, 'url');
    const source = config ? methodOfConfig(config) : methodOfOpaqueConfig(configArg);
    if (!source) return null; // a method we cannot see: unknown, never a finding
    if ('literal' in source) method = source.literal;
    else fromCaller = source;
  }
  // A request whose method is written and only reads is not a write, whatever its URL and headers: decided before
  // reading them (most requests are GETs; reading each one's URL was most of this check on a file of 60,000).
  if (!fromCaller && !MUTATING_METHODS.has(method!)) return null;
  // An OAuth token request (RFC 6749: its body names a `grant_type`) mints a short-lived credential (README question 6),
  // wherever the token endpoint's URL comes from (a setting, a discovery document).
  if (method === 'POST' && sendsOAuthGrant(call)) return null;
  // A GraphQL request (`{ query, variables }`) is judged by its document, as a POST to a `/graphql` URL is: a query reads.
  const graphql = method === 'POST' ? graphqlDocument(call, args, config, member, model) : undefined;
  if (graphql === 'query') return null;
  const documentFromParam = typeof graphql === 'object' ? graphql : undefined;
  const pieces = url === undefined ? [] : isParamRef(url) ? [url] : urlPieces(url);
  const endsWithId = url !== undefined && !isParamRef(url) && endsWithIdValue(url);
  const key = keyOf(call, args, config, member, options, model);
  const headers = config ? headersFromCaller(config) : undefined;
  const base: WriteEffect = { node: call, label: `request via ${via}`, kind: 'create', confidence: callee.confidence, callee };
  if (fromCaller) {
    const undecided: WriteEffect = { ...base, request: { via, url: pieces, ...fromCaller, endsWithId } };
    return key ? keyed(undecided, key, model) : undecided;
  }
  const effect = requestEffect(base, { via, method: method!, url: pieces, headers, endsWithId }, key, model);
  const judged = effect ? byRequestBody(effect, [requestBodyObject(call, args, config, member)]) : effect;
  return judged && documentFromParam && !judged.protection ? { ...judged, documentFromParam } : judged;
}

/**
 * A POST create judged again by what its body says: a sync request naming only the resources to answer reads
 * (knowledge syncReadBody: null, no write); the entity's `Id` with its `SyncToken` is a QuickBooks update of one
 * version (knowledge versionedUpdateBody); a Bluesky like, repost or follow record is a relation kept once
 * (atprotoRelationRecord). `bodies`: the objects the request sends, or that a call hands on to become its body.
 */
function byRequestBody(effect: WriteEffect, bodies: ReadonlyArray<ObjectLiteralExpression | undefined>): WriteEffect | null {
  const found = bodies.filter((body): body is ObjectLiteralExpression => body !== undefined);
  // An update that carries a notification (`/live_activity/update` with `notification: { alert }`) pushes it to the person
  // again on every repeat (README question 134): a send, not fields set again.
  if (effect.http?.method === 'POST' && effect.kind === 'update-set' && found.some(carriesNotification)) {
    return { ...effect, kind: 'send', confidence: effect.callee?.confidence ?? 'medium' };
  }
  if (effect.http?.method !== 'POST' || effect.kind !== 'create' || effect.protection) return effect;
  // A sync request naming only what to answer (knowledge syncReadBody): a read sent as POST.
  if (found.some((body) => syncReadBody.reads.every((name) => body.getProperty(name) !== undefined)) &&
    !found.some((body) => body.getProperty(syncReadBody.writes) !== undefined || hasOpaqueSpread(body))) {
    return null;
  }
  if (found.some((body) => versionedUpdateBody.properties.every((name) => body.getProperty(name) !== undefined))) {
    return { ...effect, kind: 'update-set', confidence: 'low' };
  }
  const collection = (body: ObjectLiteralExpression) => {
    const value = propertyValue(deepPropertyOf(body, 'collection'));
    return value ? stringValue(value) ?? '' : '';
  };
  if (atprotoRelationRecord.path.test(renderUrl(effect.http.url)) && found.some((body) => atprotoRelationRecord.collection.test(collection(body)))) {
    return { ...effect, kind: 'upsert', protection: atprotoRelationRecord.why };
  }
  return effect;
}

function carriesNotification(body: ObjectLiteralExpression): boolean {
  const value = propertyValue(deepPropertyOf(body, 'notification'));
  return value !== undefined && !/^(?:false|null|undefined)$/.test(value.getText());
}

/**
 * A helper's POST seen from one call that hands it the body, or the request options carrying it: `client.post('/customer',
 * { Id, SyncToken, sparse: true, … })` (also through a local object built first), `xrpc(url, { method: 'POST', body:
 * JSON.stringify({ collection: 'app.bsky.feed.like', … }) })`.
 */
export function bodyAtCallSite(effect: WriteEffect, call: CallExpression): WriteEffect | null {
  if (effect.http?.method !== 'POST' || (effect.kind !== 'create' && effect.kind !== 'update-set')) return effect;
  return byRequestBody(effect, call.getArguments().flatMap((arg) => {
    const object = objectLiteralOf(arg);
    return [object, requestBodyObject(call, [], object, undefined)];
  }));
}

const GRAPHQL_REQUEST_KEYS = new Set(['query', 'variables', 'operationName', 'extensions']);

/**
 * `fetch(endpoint, { method: 'POST', body: JSON.stringify({ query, variables }) })`, `axios.post(endpoint, { query })`: a
 * GraphQL request — a body of only `query` (with `variables`, `operationName`) — is judged by its document: `query` when
 * the document is a query (it reads), the parameter it comes from when the helper's callers pass it (a client's
 * `query(document, variables)`), undefined for a mutation or a document not visible (a write, as any POST).
 */
function graphqlDocument(call: CallExpression, args: Node[], config: ObjectLiteralExpression | undefined, member: string | undefined, model: ProjectModel): 'query' | ParamRef | undefined {
  const body = requestBodyObject(call, args, config, member);
  if (!body) return undefined;
  const names = body.getProperties().map((property) => (Node.isSpreadAssignment(property) ? undefined : propertyName(property)));
  if (!names.includes('query') || names.some((name) => name === undefined || !GRAPHQL_REQUEST_KEYS.has(name))) return undefined;
  const document = propertyValue(deepPropertyOf(body, 'query'));
  if (!document) return undefined;
  const ref = paramRefOf(document);
  if (ref) return ref;
  return isMutationDocument(document, model) === false ? 'query' : undefined;
}

/** The object a request sends as its body: axios `post(url, data)`, `data`/`json`, `body: JSON.stringify({…})` or a form's `new URLSearchParams({…})`. */
function requestBodyObject(call: CallExpression, args: Node[], config: ObjectLiteralExpression | undefined, member: string | undefined): ObjectLiteralExpression | undefined {
  if (member && ['post', 'put', 'patch'].includes(member)) {
    const data = objectLiteralOf(args[1]);
    if (data) return data;
  }
  const value = propertyValue(deepPropertyOf(config, 'body')) ?? propertyValue(deepPropertyOf(config, 'data')) ?? propertyValue(deepPropertyOf(config, 'json'));
  if (!value) return undefined;
  const plain = unwrap(value);
  if (Node.isCallExpression(plain) && /^JSON\.stringify$/.test(plain.getExpression().getText())) return objectLiteralOf(plain.getArguments()[0]);
  // A form body: `new URLSearchParams({ sync_token, resource_types })`.
  if (Node.isNewExpression(plain) && plain.getExpression().getText() === 'URLSearchParams') return objectLiteralOf(plain.getArguments()?.[0]);
  return objectLiteralOf(plain);
}

/** A function literal, or a name the code binds to one: a callback argument. */
function isFunctionArgument(arg: Node): boolean {
  const value = unwrap(arg);
  if (Node.isArrowFunction(value) || Node.isFunctionExpression(value)) return true;
  if (!Node.isIdentifier(value)) return false;
  const binding = resolveIdentifier(value);
  if (binding.kind !== 'local') return false;
  const declaration = binding.declaration;
  if (Node.isFunctionDeclaration(declaration)) return true;
  const init = Node.isVariableDeclaration(declaration) ? declaration.getInitializer() : undefined;
  return init !== undefined && (Node.isArrowFunction(unwrap(init)) || Node.isFunctionExpression(unwrap(init)));
}

/**
 * A request of a client generated from an OpenAPI document that takes its URL in the options object
 * (`client.post({ url: '/docs/{docId}/pages', ...options })`, hey-api: knowledge/openapi-clients.ts `heyApi`): judged by
 * the member's method and the URL written, as any request. undefined: not such a call; null: not a write.
 */
export function generatedClientRequest(call: CallExpression, callee: CalleeRef | undefined, model: ProjectModel, options: RuleOptions): WriteEffect | null | undefined {
  const expression = call.getExpression();
  if (!Node.isPropertyAccessExpression(expression)) return undefined;
  const facts = model.knowledge.openApiClients.heyApi;
  const member = expression.getName();
  if (!facts.methods.includes(member)) return undefined;
  const fromPackage = callee !== undefined && callee.instance && callee.path.length === 1 && facts.module.includes(callee.module) && facts.export.includes(callee.exportName);
  if (!fromPackage && (callee !== undefined || !generatedBy(call, facts.generatedHeader))) return undefined;
  const config = objectLiteralOf(call.getArguments()[0]);
  const url = config ? propertyValue(deepPropertyOf(config, 'url')) : undefined;
  if (!config || !url) return undefined;
  const method = member.toUpperCase();
  if (!MUTATING_METHODS.has(method)) return null;
  const ref = callee ?? { module: facts.module[0]!, exportName: 'createClient', path: [member], instance: true, confidence: 'medium' as const, call };
  const base: WriteEffect = { node: call, label: `request via ${VIA_GENERATED}`, kind: 'create', confidence: fromPackage ? ref.confidence : 'medium', callee: ref };
  const key = keyOf(call, [], config, undefined, options, model);
  return requestEffect(base, { via: VIA_GENERATED, method, url: urlPieces(url), headers: headersFromCaller(config) }, key, model);
}

const VIA_GENERATED = 'generated OpenAPI client';

const HTTP_METHOD = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/i;

/**
 * A vendor client's own request method with the HTTP method written at the call (vendor-writes.ts): `client.request({
 * method: 'POST', url: '/v3/marketing/lists', body })` (@sendgrid/client), `exa.request('/research/v1', 'POST', body)`
 * (exa-js). Judged by the method and the URL, as any request. An RPC request (`provider.request({ method:
 * 'eth_sendTransaction' })`) names no HTTP method: undefined, as for a call of another shape. null: not a write.
 */
export function vendorClientRequest(call: CallExpression, via: string, callee: CalleeRef, model: ProjectModel, options: RuleOptions): WriteEffect | null | undefined {
  const args = call.getArguments();
  let method: string | undefined;
  let url: Node | undefined;
  // The options object: the first argument, or a later one after the URL (`request(token, path, { method: 'POST' })`).
  const at = args.findIndex((arg) => deepPropertyOf(objectLiteralOf(arg), 'method') !== undefined);
  const config = at >= 0 ? objectLiteralOf(args[at]) : undefined;
  if (config) {
    const methodValue = propertyValue(deepPropertyOf(config, 'method'));
    const written = methodValue ? stringValue(methodValue) : undefined;
    if (written === undefined || !HTTP_METHOD.test(written)) return undefined;
    method = written.toUpperCase();
    url = propertyValue(deepPropertyOf(config, 'url') ?? deepPropertyOf(config, 'uri') ?? deepPropertyOf(config, 'path') ?? deepPropertyOf(config, 'endpoint'));
    if (!url && at > 0) url = args[at - 1];
  } else {
    // request(url, 'POST', body) or request('POST', url, body)
    const first = args[0] ? stringValue(args[0]) : undefined;
    const second = args[1] ? stringValue(args[1]) : undefined;
    if (second !== undefined && HTTP_METHOD.test(second)) [method, url] = [second.toUpperCase(), args[0]];
    else if (first !== undefined && HTTP_METHOD.test(first)) [method, url] = [first.toUpperCase(), args[1]];
    else return undefined;
  }
  if (!MUTATING_METHODS.has(method)) return null;
  // Vendor APIs send their searches as POST too: only a URL whose words can be read is judged (`API.ENDPOINTS.SEARCH`,
  // a const of another module, is followed to its text).
  let pieces = url ? urlPieces(url) : [];
  // A URL the caller passes is read at each call site (summaries.ts), as a request helper's.
  const readable = (list: UrlPiece[]) => list.some((piece) => (typeof piece === 'string' && /[a-z]{2}/i.test(piece)) || (piece !== null && typeof piece === 'object'));
  if (url && !readable(pieces)) {
    const links = model.types().links;
    const value = links ? valueOf(url, links) : undefined;
    if (value?.kind === 'node' && value.node !== url) pieces = urlPieces(value.node);
  }
  if (!readable(pieces)) return undefined;
  const base: WriteEffect = { node: call, label: `request via ${via}`, kind: 'create', confidence: 'medium', callee };
  const key = keyOf(call, args, config, undefined, options, model);
  return requestEffect(base, { via, method, url: pieces, headers: config ? headersFromCaller(config) : undefined, endsWithId: url !== undefined && endsWithIdValue(url) }, key, model);
}

/** Whether a file opens with a code generator's header (within its first lines). */
function generatedBy(call: CallExpression, header: string): boolean {
  return call.getSourceFile().getFullText().slice(0, 300).includes(header);
}

const OAUTH_GRANT = /(['"`])grant_type\1|\bgrant_type\s*:/;

/** Whether the function sending a request builds an OAuth token request's body (`grant_type: 'refresh_token'`). */
function sendsOAuthGrant(call: CallExpression): boolean {
  const isFunction = (a: Node) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a);
  let fn = call.getFirstAncestor(isFunction);
  // `await new Promise((resolve, reject) => { https.request(…) … })`: the body was built by the function around it.
  const parent = fn?.getParent();
  if (fn && parent && Node.isNewExpression(parent) && parent.getExpression().getText() === 'Promise') fn = parent.getFirstAncestor(isFunction) ?? fn;
  return fn !== undefined && OAUTH_GRANT.test(fn.getText());
}

/**
 * Whether a request on a base the code does not spell (`${wingmanUrl}/api/mcp/wingman/memory`, the base handed in by the
 * process that started this one) goes to a server this project runs: another of its source files dispatches every path
 * under a prefix of the request's path (`if (!url.pathname.startsWith("/api/mcp/wingman")) return`, `app.use('/api/mcp/
 * wingman', router)`). A tool that forwards its write there hands it to the project's own runtime (README questions 59,
 * 105): the runtime's route makes the write, not the tool. The request's path has three segments at least, the prefix
 * two (three when one is a version: `/api/v1` alone names no one server), and the file making the request does not count.
 */
export function servedByOwnDispatcher(urlText: string, from: Node, model: ProjectModel): boolean {
  const served = /^\u0000((?:\/[\w.-]+){3,})\/?$/.exec(urlText.split(/[?#]/)[0]!);
  if (!served) return false;
  const segments = served[1]!.split('/').slice(1);
  // A version segment names no server of its own: `/api/v1` needs a third segment, `/api/git` does not.
  const prefixes = segments.slice(1).map((_, i) => segments.slice(0, i + 2)).filter((prefix) => prefix.length >= 3 || !prefix.some((segment) => /^v\d+$/i.test(segment)))
    .map((prefix) => `/${prefix.join('/')}`);
  const fromPath = from.getSourceFile().getFilePath();
  const dispatch = new RegExp(`(?:\\.startsWith|\\.use|\\.route|\\.basePath)\\s*\\(\\s*['"\`](?:${prefixes.map(escapeRegExp).join('|')})\\/?['"\`]`);
  return model.filesMatching(fromPath, dispatch).some((path) => path !== fromPath && !isTestCodePath(belowCommonFolder(path, fromPath)));
}

/** The write a request makes with a known method and URL, or null when it only reads. */
function requestEffect(base: WriteEffect, request: HttpRequest, key: Node | undefined, model: ProjectModel, site: Node = base.node): WriteEffect | null {
  const { method, via } = request;
  if (!MUTATING_METHODS.has(method)) return null;
  const urlText = underWordPressBase(renderUrl(request.url), base.node, via, model);
  if (method === 'POST' && isReadOnlyPostUrl(urlText, model)) return null;
  // A model API's path the caller hands a project's request helper (`this.post('/api/chat', body)`): a model call, no write.
  if (method === 'POST' && model.knowledge.modelEndpoints.some((endpoint) => endpoint.path.test(urlText))) return null;
  if (isTelemetryUrl(urlText, model)) return null;
  if (servedByOwnDispatcher(urlText, base.node, model)) return null;
  const effect: WriteEffect = { ...base, label: `${method} via ${via}`, kind: 'create', http: request, request: undefined };
  if (method === 'POST' && model.knowledge.contentAddressedPostPath.test(urlText)) {
    return { ...effect, kind: 'upsert', protection: 'a content-addressed object (the same content gives the same id) repeats safely' };
  }
  const uniqueName = method === 'POST' ? uniqueNameCreatePaths.find((entry) => entry.path.test(urlText)) : undefined;
  if (uniqueName) return { ...effect, kind: 'upsert', protection: uniqueName.why };
  const sameResult = method === 'POST' ? sameResultPostPaths.find((entry) => entry.path.test(urlText)) : undefined;
  if (sameResult) return { ...effect, kind: 'upsert', protection: sameResult.why };
  if (method === 'POST' && relationKeptOncePath.test(urlText)) return { ...effect, kind: 'upsert', protection: relationKeptOnceWhy };
  const relation = method === 'POST' ? relationEndpointPaths.find((entry) => entry.path.test(urlText)) : undefined;
  if (relation) return { ...effect, kind: 'upsert', protection: relation.why };
  if (method === 'POST' && isRelationOfRecordUrl(urlText) && !swapsRelation(site, urlText)) return { ...effect, kind: 'upsert', protection: relationOfRecordWhy };
  if (method === 'POST' && tagsInBulkPath.test(urlText)) return { ...effect, kind: 'upsert', protection: relationOfRecordWhy };
  // `…/batch/update`, `…/batch/archive` of the ids the body lists set fields or remove known records; `…/batch/upsert` by a unique value.
  const batch = method === 'POST' ? model.knowledge.batchOfRecordsPath.exec(urlText)?.[1] : undefined;
  if (batch === 'upsert') return { ...effect, kind: 'upsert', protection: 'a batch upsert by unique property values repeats safely' };
  if (batch) return { ...effect, kind: batch === 'update' ? 'update-set' : 'delete-id', confidence: 'low' };
  if (method === 'POST' && model.knowledge.upsertPostSegment.test(lastPathSegment(urlText))) return { ...effect, kind: 'upsert', protection: 'an upsert by the unique fields it is given repeats safely' };
  if (method === 'POST' && wordPressItemPath.test(urlText)) return { ...effect, kind: 'update-set', confidence: 'low' };
  const vendorAction = method === 'POST' ? vendorStateActionPaths.find((entry) => entry.path.test(urlText)) : undefined;
  if (vendorAction) return { ...effect, kind: vendorAction.kind, confidence: 'low' };
  if (method === 'POST' && (isStateTransitionUrl(urlText, model) || draftSendPath.test(urlText) || campaignSendPath.test(urlText) || (request.endsWithId === true && isItemUrl(urlText, model)))) {
    effect.kind = 'update-set';
    effect.confidence = 'low';
  }
  // `/dns/edit/${domain}/${id}`, `/users/delete`, `deals.move`: an RPC-style POST whose method sets given values or deletes what it names.
  const rpc = method === 'POST' && effect.kind === 'create' && !model.knowledge.postingUpdatePath.test(urlText) ? rpcActionKind(urlText, model) : undefined;
  if (rpc === 'update-set' || rpc === 'delete-id') {
    effect.kind = rpc;
    effect.confidence = 'low';
  }
  if (method === 'PUT') {
    // The base URL in front (`${API}/…`) is not an id the client chose; a dynamic part after it is.
    const path = urlText.replace(/^\u0000(?=\/)/, '');
    if (/\u0000|\$\{|:\w+|\/\{/.test(path)) return { ...effect, kind: 'upsert', protection: 'a PUT to a client-chosen id repeats safely' };
    effect.kind = 'update-set';
    effect.confidence = 'low';
  }
  if (method === 'POST' && endsLifeOfNamedResource(urlText, model)) {
    effect.kind = 'delete-id';
    effect.confidence = 'low';
  }
  if (method === 'DELETE') {
    effect.kind = 'delete-id';
    effect.confidence = 'low';
  }
  // Notion's `PATCH /blocks/{id}/children` appends blocks: a write a repeat does twice, not fields set again.
  if (method === 'PATCH' && model.knowledge.appendingPatchPaths.some((entry) => entry.path.test(urlText))) return key ? keyed({ ...effect, kind: 'append' }, key, model) : { ...effect, kind: 'append' };
  if (method === 'PATCH') {
    effect.kind = 'update-set';
    effect.confidence = 'low';
  }
  return key ? keyed(effect, key, model) : effect;
}

function keyed(effect: WriteEffect, key: Node, model: ProjectModel): WriteEffect {
  const out = withKey(effect, key, model);
  const fromParam = parameterIndex(key);
  return fromParam ? { ...out, keyFromParam: fromParam } : out;
}

/** The idempotency key a request sends: a header, a key-named option, or a key-named field of its body. */
function keyOf(call: CallExpression, args: Node[], config: ObjectLiteralExpression | undefined, member: string | undefined, options: RuleOptions, model: ProjectModel): Node | undefined {
  const headersValue = propertyValue(deepPropertyOf(config, 'headers'));
  const headers = objectLiteralOf(headersValue);
  // A key can also travel in the request body: axios.post(url, { clientToken }), fetch(url, { body: JSON.stringify({ idempotencyKey }) }).
  const data = member && ['post', 'put', 'patch'].includes(member) ? objectLiteralOf(args[1]) : undefined;
  const bodyValue = unwrap(propertyValue(deepPropertyOf(config, 'body')) ?? propertyValue(deepPropertyOf(config, 'data')) ?? propertyValue(deepPropertyOf(config, 'json')) ?? config ?? call);
  const bodyObject = Node.isCallExpression(bodyValue) ? objectLiteralOf(bodyValue.getArguments()[0]) : objectLiteralOf(bodyValue);
  const names = ['idempotencyKey'];
  return idempotencyKeyIn(headers, options) ?? keyProperty(config, names, options) ?? keyProperty(data, names, options) ??
    keyProperty(bodyObject === config ? undefined : bodyObject, names, options) ?? keyAssignedTo(headersValue, call, options) ??
    keyInHeadersBuiltBy(headersValue, model, options);
}

/**
 * The method of a request's options object: a literal, the caller's (a parameter, or spread in), or unknown.
 * Properties are read in order, as the object is built: `{ method: 'GET', ...init }` takes init's method
 * when it has one, `{ ...init, headers }` keeps the helper's own headers.
 */
function methodOfConfig(config: ObjectLiteralExpression): { literal: string } | FromCaller | undefined {
  let method: MethodSource | undefined = { literal: 'GET' };
  let headers: ParamRef | undefined;
  for (const property of config.getProperties()) {
    if (Node.isSpreadAssignment(property)) {
      const expression = property.getExpression();
      const visible = objectLiteralOf(expression);
      if (visible) {
        // A const object spread in: it decides the method only if it sets one (or spreads something that may).
        const inner = methodOfConfig(visible);
        const setsMethod = inner === undefined || !('literal' in inner) || deepPropertyOf(visible, 'method') !== undefined;
        if (setsMethod) method = inner === undefined ? undefined : 'literal' in inner ? inner : { param: inner.method, fallback: inner.fallback };
        if (inner && !('literal' in inner) && inner.headers) headers = inner.headers;
        continue;
      }
      // `...(body === undefined ? {} : { body })`, `...(token && { headers })`: object literals chosen at run time that
      // set no method leave the method as it was.
      const branches = spreadBranches(expression);
      if (branches && branches.every((branch) => !hasPropertyNamed(branch, ['method']) && !branch.getProperties().some(Node.isSpreadAssignment))) continue;
      const ref = paramRefOf(expression);
      if (!ref) {
        method = undefined;
        headers = undefined;
        continue;
      }
      const fallback = method && 'literal' in method ? method.literal : method?.fallback;
      method = { param: child(ref, 'method'), fallback };
      headers = child(ref, 'headers');
      continue;
    }
    const name = Node.isPropertyAssignment(property) || Node.isShorthandPropertyAssignment(property) ? property.getName() : undefined;
    const value = propertyValue(property);
    if (name === 'method' && value) method = methodSource(value, 0);
    if (name === 'headers') headers = headersFromCaller(config);
  }
  if (!method) return undefined;
  if ('literal' in method) return method;
  return { method: method.param, fallback: method.fallback ?? 'GET', headers };
}

/** The object literals a spread may take (`cond ? {} : { body }`, `cond && { body }`), or undefined when one is not a literal. */
function spreadBranches(expression: Node): ObjectLiteralExpression[] | undefined {
  const value = unwrap(expression);
  if (Node.isConditionalExpression(value)) {
    const whenTrue = objectLiteralOf(value.getWhenTrue());
    const whenFalse = objectLiteralOf(value.getWhenFalse());
    return whenTrue && whenFalse ? [whenTrue, whenFalse] : undefined;
  }
  if (Node.isBinaryExpression(value) && value.getOperatorToken().getText() === '&&') {
    const right = objectLiteralOf(value.getRight());
    return right ? [right] : undefined;
  }
  return undefined;
}

/** `fetch(url, init)` with `init` a parameter: the caller's init decides; any other opaque value is taken as GET. */
function methodOfOpaqueConfig(configArg: Node | undefined): { literal: string } | FromCaller {
  const ref = configArg ? paramRefOf(configArg) : undefined;
  if (!ref) return { literal: 'GET' };
  return { method: child(ref, 'method'), fallback: 'GET', headers: child(ref, 'headers') };
}

/** `headers: { ...opts.headers }` or `headers: init.headers`: the caller's headers, merged in. */
function headersFromCaller(config: ObjectLiteralExpression): ParamRef | undefined {
  const value = propertyValue(deepPropertyOf(config, 'headers'));
  if (!value) return undefined;
  const direct = paramRefOf(value);
  if (direct) return direct;
  const object = objectLiteralOf(value);
  for (const property of object?.getProperties() ?? []) {
    if (!Node.isSpreadAssignment(property)) continue;
    const ref = paramRefOf(property.getExpression());
    if (ref) return ref;
  }
  return undefined;
}

/** Where a method value comes from: a literal (`'POST'`), a parameter (`opts.method ?? 'GET'`), or unknown. */
function methodSource(node: Node, depth: number): MethodSource | undefined {
  if (depth > MAX_FOLLOW) return undefined;
  const value = unwrap(node);
  const literal = stringValue(value);
  if (literal !== undefined) return { literal: literal.toUpperCase() };
  if (Node.isBinaryExpression(value) && ['??', '||'].includes(value.getOperatorToken().getText())) {
    const right = methodSource(value.getRight(), depth + 1);
    const fallback = right && 'literal' in right ? right.literal : right && !right.param ? right.fallback : undefined;
    const left = methodSource(value.getLeft(), depth + 1);
    if (!left || fallback === undefined) return undefined;
    return 'literal' in left ? left : { ...left, fallback };
  }
  if (Node.isConditionalExpression(value)) return presenceChoice(value);
  if (Node.isCallExpression(value) && value.getArguments().length === 0) {
    const callee = value.getExpression();
    if (Node.isPropertyAccessExpression(callee) && /^to(Locale)?(Upper|Lower)Case$/.test(callee.getName())) return methodSource(callee.getExpression(), depth + 1);
    return undefined;
  }
  if (Node.isIdentifier(value)) {
    const binding = resolveIdentifier(value);
    if (binding.kind !== 'local') return undefined;
    const declaration = binding.declaration;
    const initial = Node.isParameterDeclaration(declaration) || Node.isBindingElement(declaration) ? declaration.getInitializer() : undefined;
    const fallback = initial ? stringValue(initial)?.toUpperCase() : undefined;
    if (Node.isVariableDeclaration(declaration)) {
      const init = declaration.getInitializer();
      return init ? methodSource(init, depth + 1) : undefined;
    }
    const ref = paramRefOf(value);
    return ref ? { param: ref, fallback } : undefined;
  }
  const ref = paramRefOf(value);
  return ref ? { param: ref } : undefined;
}

/** `opts.id === undefined ? 'POST' : 'PUT'`, `id ? 'PATCH' : 'POST'`: two methods, chosen by whether the caller passes a value. */
function presenceChoice(value: import('ts-morph').ConditionalExpression): MethodSource | undefined {
  const whenTrue = stringValue(unwrap(value.getWhenTrue()))?.toUpperCase();
  const whenFalse = stringValue(unwrap(value.getWhenFalse()))?.toUpperCase();
  if (whenTrue === undefined || whenFalse === undefined) return undefined;
  if (whenTrue === whenFalse) return { literal: whenTrue };
  let test = unwrap(value.getCondition());
  let presentWhenTrue = true;
  while (Node.isPrefixUnaryExpression(test) && test.getOperatorToken() === SyntaxKind.ExclamationToken) {
    presentWhenTrue = !presentWhenTrue;
    test = unwrap(test.getOperand());
  }
  if (Node.isBinaryExpression(test)) {
    const operator = test.getOperatorToken().getText();
    const absentValue = (node: Node) => /^(?:undefined|null)$/.test(unwrap(node).getText());
    const [operand, other] = absentValue(test.getRight()) ? [test.getLeft(), test.getRight()] : [test.getRight(), test.getLeft()];
    if (!absentValue(other) || !['===', '==', '!==', '!='].includes(operator)) return undefined;
    if (operator.startsWith('=')) presentWhenTrue = !presentWhenTrue;
    test = unwrap(operand);
  }
  const presence = paramRefOf(test);
  if (!presence) return undefined;
  return { fallback: { presence, present: presentWhenTrue ? whenTrue : whenFalse, absent: presentWhenTrue ? whenFalse : whenTrue } };
}

/** A method choice seen from one call: decided when the call passes the value or not, handed up when it forwards its own. */
function chosenAt(choice: MethodChoice, call: CallExpression): MethodChoice | undefined {
  if (typeof choice === 'string') return choice;
  const passed = passedAt(choice.presence, call);
  if (passed === 'unknown') return undefined;
  if (passed === 'absent') return choice.absent;
  if ('ref' in passed) return { ...choice, presence: passed.ref };
  return /^(?:undefined|null)$/.test(unwrap(passed.node).getText()) ? choice.absent : choice.present;
}

function isParamRef(value: Node | ParamRef): value is ParamRef {
  return !(value instanceof Node);
}

function child(ref: ParamRef, name: string): ParamRef {
  return { index: ref.index, property: ref.property ? `${ref.property}.${name}` : name };
}

/**
 * Whether an expression is (a property path inside) a parameter of its function: `opts.method`,
 * a destructured `{ method }` parameter, `const { method } = opts`, `const init = options`.
 */
export function paramRefOf(node: Node, depth = 0): ParamRef | undefined {
  if (depth > MAX_FOLLOW) return undefined;
  const value = unwrap(node);
  if (Node.isPropertyAccessExpression(value)) {
    const inner = paramRefOf(value.getExpression(), depth + 1);
    return inner ? child(inner, value.getName()) : undefined;
  }
  // `options ?? {}`, `init || {}`: the caller's object, or nothing at all.
  if (Node.isBinaryExpression(value) && ['??', '||'].includes(value.getOperatorToken().getText())) {
    const fallback = unwrap(value.getRight());
    return Node.isObjectLiteralExpression(fallback) && fallback.getProperties().length === 0 ? paramRefOf(value.getLeft(), depth + 1) : undefined;
  }
  if (!Node.isIdentifier(value)) return undefined;
  const binding = resolveIdentifier(value);
  if (binding.kind !== 'local') return undefined;
  return declarationRef(binding.declaration, depth + 1);
}

function declarationRef(declaration: Node, depth: number): ParamRef | undefined {
  if (depth > MAX_FOLLOW) return undefined;
  if (Node.isParameterDeclaration(declaration)) {
    const fn = declaration.getParent();
    if (!fn || !('getParameters' in fn)) return undefined;
    const index = (fn as unknown as { getParameters(): Node[] }).getParameters().indexOf(declaration);
    return index >= 0 ? { index } : undefined;
  }
  if (Node.isVariableDeclaration(declaration)) {
    const init = declaration.getInitializer();
    return init && Node.isIdentifier(declaration.getNameNode()) ? paramRefOf(init, depth + 1) : undefined;
  }
  if (Node.isBindingElement(declaration)) {
    const pattern = declaration.getParent();
    const holder = pattern?.getParent();
    if (!pattern || !holder || !Node.isObjectBindingPattern(pattern)) return undefined;
    const outer = Node.isVariableDeclaration(holder)
      ? (holder.getInitializer() ? paramRefOf(holder.getInitializer()!, depth + 1) : undefined)
      : declarationRef(holder, depth + 1);
    if (!outer) return undefined;
    // `{ method, ...rest }`: rest.headers is the argument's headers.
    if (declaration.getDotDotDotToken()) return outer;
    return child(outer, declaration.getPropertyNameNode()?.getText() ?? declaration.getName());
  }
  return undefined;
}

type Passed = { node: Node } | { ref: ParamRef } | 'absent' | 'unknown';

/** What a call passes for a parameter (or a property inside it): an expression, the caller's own parameter, nothing, or unknown. */
function passedAt(ref: ParamRef, call: CallExpression): Passed {
  const args = call.getArguments();
  if (args.slice(0, ref.index + 1).some((a) => Node.isSpreadElement(a))) return 'unknown';
  let node: Node | undefined = args[ref.index];
  if (!node) return 'absent';
  const names = ref.property ? ref.property.split('.') : [];
  for (let i = 0; i < names.length; i++) {
    const value = unwrap(node!);
    if (Node.isStringLiteral(value) || Node.isNoSubstitutionTemplateLiteral(value) || Node.isTemplateExpression(value)) return 'absent';
    if (Node.isIdentifier(value) && value.getText() === 'undefined') return 'absent';
    const rest = names.slice(i).join('.');
    const object = objectLiteralOf(value);
    if (!object) {
      const up = paramRefOf(value);
      return up ? { ref: { index: up.index, property: up.property ? `${up.property}.${rest}` : rest } } : 'unknown';
    }
    const property = deepPropertyOf(object, names[i]!);
    if (!property) {
      const spreads = object.getProperties().filter(Node.isSpreadAssignment).map((s) => s.getExpression()).filter((e) => !objectLiteralOf(e));
      if (spreads.length === 0) return 'absent';
      const up = paramRefOf(spreads[spreads.length - 1]!);
      return up ? { ref: { index: up.index, property: up.property ? `${up.property}.${rest}` : rest } } : 'unknown';
    }
    node = propertyValue(property);
    if (!node) return 'unknown';
  }
  return { node: node! };
}

/**
 * The pieces of a URL expression (`${BASE}/v1/search?q=` → [null, '/v1/search?q=']), following consts, const
 * maps (`ENDPOINTS.search`) and class fields (`this.baseURLs.search`). Parameters are pieces only while the
 * expression is read inside the function they belong to (`ownParams`), not in a field's initialiser.
 */
export function urlPieces(url: Node, depth = 0, ownParams = true): UrlPiece[] {
  if (depth > MAX_FOLLOW) return [null];
  const value = unwrap(url);
  const literal = stringValue(value);
  if (literal !== undefined) return [literal];
  const next = (n: Node) => urlPieces(n, depth + 1, ownParams);
  if (Node.isTemplateExpression(value)) {
    return [value.getHead().getLiteralText(), ...value.getTemplateSpans().flatMap((span) => [...next(span.getExpression()), span.getLiteral().getLiteralText()])];
  }
  if (Node.isBinaryExpression(value) && value.getOperatorToken().getText() === '+') return [...next(value.getLeft()), ...next(value.getRight())];
  if (Node.isNewExpression(value) && value.getExpression().getText() === 'URL') {
    const [path, base] = value.getArguments();
    if (!path) return [null];
    return base ? [...next(base), ...next(path)] : next(path);
  }
  // [base, ...path].join('/'): the parts with the separator between them; a path given as an array of segments
  // (`['v2/redis/backup', id]`, handed to such a join) reads as its segments joined by '/'.
  if (Node.isCallExpression(value) && value.getArguments().length === 1) {
    const callee = value.getExpression();
    const separator = stringValue(unwrap(value.getArguments()[0]!));
    const array = Node.isPropertyAccessExpression(callee) && callee.getName() === 'join' ? unwrap(callee.getExpression()) : undefined;
    if (array && Node.isArrayLiteralExpression(array) && separator !== undefined) return joinedPieces(array, separator, next);
  }
  if (Node.isArrayLiteralExpression(value)) return joinedPieces(value, '/', next);
  // url.toString(), url.href: the URL itself.
  if (Node.isCallExpression(value) && value.getArguments().length === 0) {
    const callee = value.getExpression();
    if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'toString') return next(callee.getExpression());
  }
  // `path.startsWith('/') ? path.substring(1) : path`: a leading slash trimmed off whatever the caller passed. Both
  // branches the same pieces: those; a trim of a path (`.substring(1)`, `.trim()`) keeps its segments.
  if (Node.isConditionalExpression(value)) {
    const whenTrue = next(value.getWhenTrue());
    const whenFalse = next(value.getWhenFalse());
    if (samePieces(whenTrue, whenFalse)) return whenTrue;
    // `path.startsWith('/') ? path : `/${path}``: a leading slash added to whatever the caller passed; the caller's path.
    const unslashed = (pieces: UrlPiece[]) => { const kept = pieces.filter((p) => p !== ''); return kept[0] === '/' ? kept.slice(1) : kept; };
    if (samePieces(unslashed(whenTrue), unslashed(whenFalse))) return unslashed(whenTrue);
    // `endpoint.startsWith('http') ? endpoint : `${API_BASE}${endpoint}``: a whole URL the caller passes taken as it is,
    // or the caller's path put after the base: the base's pieces with the caller's path.
    const based = basedPath(whenTrue, whenFalse) ?? basedPath(whenFalse, whenTrue);
    if (based) return based;
    // `${qs ? `?${qs}` : ''}`: a query string or none; the path is not in it.
    const query = (pieces: UrlPiece[]) => typeof pieces[0] === 'string' && pieces[0].startsWith('?');
    const none = (pieces: UrlPiece[]) => pieces.every((p) => p === '');
    if ((query(whenTrue) && none(whenFalse)) || (none(whenTrue) && query(whenFalse))) return ['?', null];
    // `query ? `${endpoint}${path}?${qs}` : `${endpoint}${path}``: one URL written twice, once with a query string.
    const withQuery = (longer: Node, shorter: Node) => Node.isTemplateExpression(unwrap(shorter)) && unwrap(longer).getText().startsWith(`${unwrap(shorter).getText().slice(0, -1)}?`);
    if (withQuery(value.getWhenTrue(), value.getWhenFalse())) return [...whenFalse, '?', null];
    if (withQuery(value.getWhenFalse(), value.getWhenTrue())) return [...whenTrue, '?', null];
    return [null];
  }
  if (Node.isCallExpression(value)) {
    const callee = value.getExpression();
    if (Node.isPropertyAccessExpression(callee) && /^(substring|slice|trim|trimStart|trimEnd)$/.test(callee.getName()) && value.getArguments().every((a) => Node.isNumericLiteral(unwrap(a)))) {
      const inner = next(callee.getExpression());
      if (inner.length === 1 && inner[0] !== null && typeof inner[0] !== 'string') return inner;
    }
  }
  // `this.buildUrl(path, query)`, `urlFor(path)`: a project function that builds the URL from what it is given (one
  // `return`), read with the call's arguments in place of its parameters.
  if (Node.isCallExpression(value)) {
    const built = builtUrl(value);
    if (built) return urlPieces(built, depth + 1, true).flatMap((piece) => (piece !== null && typeof piece === 'object' ? urlAt([piece], value) : [piece]));
  }
  // url.href; url.pathname (Node's `http.request({ path: url.pathname })`): the URL's path is in it.
  if (Node.isPropertyAccessExpression(value) && (value.getName() === 'href' || value.getName() === 'pathname')) return next(value.getExpression());
  // `fullUrl || `${this.baseUrl}${endpoint}``: a whole URL an optional parameter may hand in instead (a next-page link),
  // else the caller's path after the base: the request the callers make without it. Likewise a path an environment
  // variable may override, `process.env.SQL_PATH || '/mcp/v1/query'`: the path written as the default.
  if (Node.isBinaryExpression(value) && ['??', '||'].includes(value.getOperatorToken().getText())) {
    const left = unwrap(value.getLeft());
    const binding = Node.isIdentifier(left) ? resolveIdentifier(left) : undefined;
    if (binding?.kind === 'local' && Node.isParameterDeclaration(binding.declaration) && binding.declaration.isOptional()) return next(value.getRight());
    if (/^process\.env\.\w+$/.test(left.getText()) && stringValue(unwrap(value.getRight()))?.startsWith('/')) return next(value.getRight());
  }
  const ref = paramRefOf(value);
  if (ref) return ownParams ? [ref] : [null];
  if (Node.isIdentifier(value)) {
    const binding = resolveIdentifier(value);
    if (binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration) && binding.declaration.getInitializer()) {
      return next(binding.declaration.getInitializer()!);
    }
  }
  if (Node.isPropertyAccessExpression(value)) {
    const member = memberValue(value, depth + 1);
    if (member) return urlPieces(member, depth + 1, false);
  }
  return [null];
}

/** The one expression a URL-building project function returns (`return url.toString()`), for a call of it by name or on `this`. */
function builtUrl(call: CallExpression): Node | undefined {
  const callee = call.getExpression();
  let fn: Node | undefined;
  if (Node.isPropertyAccessExpression(callee) && Node.isThisExpression(callee.getExpression())) {
    const owner = callee.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
    fn = owner && (Node.isClassDeclaration(owner) || Node.isClassExpression(owner)) ? owner.getMethod(callee.getName()) : undefined;
  } else if (Node.isIdentifier(callee)) {
    fn = localFunctionNamed(callee);
  }
  if (!fn || !(Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn))) return undefined;
  const body = fn.getBody();
  if (!body) return undefined;
  if (!Node.isBlock(body)) return body;
  const returns = body.getDescendantsOfKind(SyntaxKind.ReturnStatement).filter((r) => r.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a)) === fn);
  return returns.length === 1 ? returns[0]!.getExpression() : undefined;
}

function samePieces(a: ReadonlyArray<UrlPiece>, b: ReadonlyArray<UrlPiece>): boolean {
  const text = (piece: UrlPiece) => (piece === null ? '\u0000' : typeof piece === 'string' ? piece : `\u0001${piece.index}.${piece.property ?? ''}`);
  return a.length === b.length && a.every((piece, i) => piece !== null && text(piece) === text(b[i]!));
}

/** `whole` the caller's value alone, `based` a written base followed by that same value: `based`. */
function basedPath(whole: UrlPiece[], based: UrlPiece[]): UrlPiece[] | undefined {
  const kept = based.filter((piece) => piece !== '');
  if (whole.length !== 1 || typeof whole[0] !== 'object' || kept.length < 2 || typeof kept[0] !== 'string') return undefined;
  return samePieces(whole, kept.slice(-1)) ? based : undefined;
}

function joinedPieces(array: import('ts-morph').ArrayLiteralExpression, separator: string, next: (n: Node) => UrlPiece[]): UrlPiece[] {
  return array.getElements().flatMap((element, i) => {
    const pieces = Node.isSpreadElement(element) ? next(element.getExpression()) : next(element);
    return i === 0 ? pieces : [separator, ...pieces];
  });
}

/** The value a property read names when it is written down: a const map's entry, a class field's initialiser. */
function memberValue(access: import('ts-morph').PropertyAccessExpression, depth: number): Node | undefined {
  if (depth > MAX_FOLLOW) return undefined;
  const target = unwrap(access.getExpression());
  const name = access.getName();
  if (Node.isThisExpression(target)) {
    const cls = access.getFirstAncestor((a) => Node.isClassDeclaration(a) || Node.isClassExpression(a));
    if (!cls || !(Node.isClassDeclaration(cls) || Node.isClassExpression(cls))) return undefined;
    return classProperty(cls, name)?.getInitializer();
  }
  const holder = Node.isPropertyAccessExpression(target) ? memberValue(target, depth + 1) : target;
  const object = holder ? objectLiteralOf(holder) : undefined;
  return propertyValue(deepPropertyOf(object, name));
}

/** A URL's text with every part we cannot see (or that a caller fills in) as \u0000. */
export function renderUrl(pieces: ReadonlyArray<UrlPiece>): string {
  return pieces.map((p) => (typeof p === 'string' ? p : '\u0000')).join('');
}

/** The literal parts of a URL expression (`${BASE}/v1/search?q=` → `\u0000/v1/search?q=`), following consts. */
export function urlLiteralText(url: Node): string {
  return renderUrl(urlPieces(url));
}

export function isReadOnlyPostUrl(urlText: string, model: ProjectModel): boolean {
  if (model.knowledge.readOnlyPostPath.test(urlText)) return true;
  const path = urlText.replace(/^[a-z]+:\/\/[^/]*/i, '').split(/[?#]/)[0] ?? '';
  const segments = path.split('/');
  if (runsStatements(segments, model)) return false;
  // A short-lived credential minted at the last segment (`/oauth/token`) is no write either.
  return segments.some((segment, i) => model.knowledge.readOnlyPostSegment.test(segment) && !namesCollection(segments, i) && !namesInvoiceDocument(segments, i, model) && !namesExportJob(segments, i)) ||
    model.knowledge.credentialMintSegment.test(segments[segments.length - 1] ?? '') ||
    credentialMintPath.test(path) || rpcActionKind(urlText, model) === 'read';
}

/** `/db/query`, `/d1/database/${id}/query`: a database's query endpoint runs the statement sent, a write as well as a read. */
function runsStatements(segments: string[], model: ProjectModel): boolean {
  const last = segments.findLastIndex((segment) => /^(?:query|queries|raw|execute)$/i.test(segment));
  return last > 0 && segments.slice(0, last).some((segment) => model.knowledge.databaseSegment.test(segment));
}

/** Segments an RPC-style path may start its methods under that name no record: `/api/update` updates nothing it names. */
const API_ROOT = /^(?:api|apis|rest|rpc|v\d+)$/i;

/**
 * `export` followed by a written segment names a collection of exports whose action comes after it: `/user/export/request`
 * and `/users/export/segment` start an export job the service runs and stores (README question 61), `/user/export/download`
 * reads one (rpcActionKind). Only an `export` the path ends in (Coda's `…/pages/{page}/export`) is the read itself.
 */
function namesExportJob(segments: ReadonlyArray<string>, i: number): boolean {
  if (!/(?:^|[-_])export$/i.test(segments[i]!)) return false;
  const after = segments.slice(i + 1).filter((segment) => segment !== '' && !isDynamicSegment(segment));
  // `/users/export/ids`: the export of the records the body lists by key, answered in the response (Braze's synchronous
  // user export), a lookup named for its key like `by-…` (readOnlyPostSegment).
  return after.length > 0 && !(after.length === 1 && /^(?:ids|by[-_][a-z_-]+)$/i.test(after[0]!));
}

/**
 * `list` or `map`, a noun as often as a read's verb, naming a collection of records rather than the request's action:
 * followed by the id of one of its items (`list/${listId}/task`, `maps/${id}/markers`), or right after another record's
 * id (`space/${spaceId}/list`, `folder/${id}/list/template/${templateId}`: ClickUp's lists). `/tasks/list`, `/list` and
 * `/v1/list/` stay reads, as do verbs followed by their argument (`/validate/${token}`).
 */
function namesCollection(segments: ReadonlyArray<string>, i: number): boolean {
  if (!/^(?:list|map)$/i.test(segments[i]!)) return false;
  return (i < segments.length - 1 && isDynamicSegment(segments[i + 1]!)) || (i > 0 && isDynamicSegment(segments[i - 1]!));
}

/** `/invoices/estimate`, `/invoices/estimate/${id}/send`: an estimate or quote an invoicing API keeps as a record (knowledge invoiceDocumentKind). */
function namesInvoiceDocument(segments: ReadonlyArray<string>, i: number, model: ProjectModel): boolean {
  const { kind, under } = model.knowledge.invoiceDocumentKind;
  return i > 0 && kind.test(segments[i]!) && under.test(segments[i - 1]!);
}

/** A URL's last path segment, without query, trailing slash or a `.json` suffix. */
function lastPathSegment(urlText: string): string {
  const path = urlText.replace(/^[a-z]+:\/\/[^/]*/i, '').split(/[?#]/)[0]?.replace(/\/+$/, '') ?? '';
  return (path.split('/').pop() ?? '').replace(/\.(?:json|xml)$/i, '');
}

/**
 * The last segment names an RPC method that reads (`conversations.list`, `users.lookupByEmail`, `documents:batchGet`,
 * `getUpdates`): Slack's Web API, Google's custom methods and Telegram's Bot API send every method as POST.
 */
function isRpcReadMethod(segment: string, model: ProjectModel): boolean {
  const { rpcReadVerb, rpcWriteWord } = model.knowledge;
  const dotted = /^[a-z][A-Za-z]*(?:[.:][a-z][A-Za-z]*)+$/.exec(segment);
  if (dotted) {
    const parts = segment.split(/[.:]/);
    const verb = parts[parts.length - 1]!;
    if (rpcWriteWord.test(verb)) return false;
    return rpcReadVerb.test(verb) || (parts[0] === 'search' && parts.length === 2);
  }
  return /^[a-z]+[A-Z][A-Za-z]*$/.test(segment) && rpcReadVerb.test(segment) && !rpcWriteWord.test(segment.replace(/^[a-z]+/, ''));
}

/** `…/sandbox/terminate`, `…/numbers/release`: the end of a resource the body names (knowledge `endOfLifeSegment`). */
function endsLifeOfNamedResource(urlText: string, model: ProjectModel): boolean {
  const segments = (urlText.replace(/^[a-z]+:\/\/[^/]*/i, '').split(/[?#]/)[0]?.replace(/\/+$/, '') ?? '').split('/');
  const before = segments[segments.length - 2] ?? '';
  return model.knowledge.endOfLifeSegment.test(segments[segments.length - 1] ?? '') && /^[a-z][a-z_-]*$/i.test(before);
}

/**
 * The segment naming an RPC-style request's method: the path's last written segment once the arguments the code fills in
 * after it are set aside (Porkbun's `/dns/edit/${domain}/${id}`, `/domain/getNs/${domain}`), when it is a method's name —
 * dotted (Slack's `chat.update`, Teamleader's `deals.move`), camelCase (`retrieveByNameType`), or a plain word right after
 * a plain noun (Braze's `/users/delete`, `/messages/schedule/update`). undefined for `/tasks/${id}`, `${base}/delete`, and for a
 * plain word right after the API's root (`/api/update`), which names no record.
 */
function rpcAction(urlText: string): { segment: string; form: 'dotted' | 'camel' | 'plain' } | undefined {
  const segments = (urlText.replace(/^[a-z]+:\/\/[^/]*/i, '').split(/[?#]/)[0]?.replace(/\/+$/, '') ?? '').split('/');
  let end = segments.length;
  while (end > 0 && isDynamicSegment(segments[end - 1]!)) end--;
  const segment = (segments[end - 1] ?? '').replace(/\.(?:json|xml)$/i, '');
  if (/^[a-z][A-Za-z]*(?:[.:][a-z][A-Za-z]*)+$/.test(segment)) return { segment, form: 'dotted' };
  if (/^[a-z]+[A-Z][A-Za-z]*$/.test(segment)) return { segment, form: 'camel' };
  if (/^[a-z]+$/.test(segment) && /^[a-z][a-z_-]*$/i.test(segments[end - 2] ?? '') && !API_ROOT.test(segments[end - 2]!)) return { segment, form: 'plain' };
  return undefined;
}

/**
 * What an RPC-style POST's method does (rpcAction), by its verb: a read (knowledge rpcReadVerb; for a plain word not one that
 * also names a collection or a counter, rpcReadNounOnly), a delete of what the call names (rpcDeleteVerb) or a set of given
 * values (rpcSetVerb; a dotted method's verb may also be a state of stateTransitionSegment, `deals.win`, `quotations.accept`).
 * A camelCase method whose other words name a write (`getOrCreateUser`, `updateAndSendInvoice`) is that write: undefined.
 */
function rpcActionKind(urlText: string, model: ProjectModel): 'read' | 'update-set' | 'delete-id' | undefined {
  const action = rpcAction(urlText);
  if (!action) return undefined;
  const { rpcReadVerb, rpcReadNounOnly, rpcSetVerb, rpcDeleteVerb, rpcWriteWord, stateTransitionSegment } = model.knowledge;
  if (action.form === 'plain' ? rpcReadVerb.test(action.segment) && !rpcReadNounOnly.test(action.segment) : isRpcReadMethod(action.segment, model)) return 'read';
  const verb = action.segment.split(/[.:]/).pop()!;
  const words = verb.split(/(?=[A-Z])/);
  if (words.slice(1).some((word) => rpcWriteWord.exec(word)?.[0].length === word.length)) return undefined;
  if (rpcDeleteVerb.test(verb)) return 'delete-id';
  if (rpcSetVerb.test(verb) || (action.form === 'dotted' && stateTransitionSegment.test(verb))) return 'update-set';
  return undefined;
}

/**
 * `…/invoices/${id}/cancel`, `…/update-regions/${id}`, `…/servers/${id}/actions/poweroff`, `…/todos/${id}/completion.json`:
 * a POST that moves the record an id names to a state (an action endpoint).
 */
function isStateTransitionUrl(urlText: string, model: ProjectModel): boolean {
  const path = urlText.replace(/^[a-z]+:\/\/[^/]*/i, '').split(/[?#]/)[0]?.replace(/\/+$/, '') ?? '';
  const segments = path.split('/');
  // A format suffix (`completion.json`, Rails-style APIs) is not part of the action's name.
  const last = (segments[segments.length - 1] ?? '').replace(/\.(?:json|xml)$/i, '');
  let before = segments[segments.length - 2] ?? '';
  const dynamic = isDynamicSegment;
  // `/{id}/actions/{action}`: the id's collection of actions, the action after it.
  if (/^actions?$/i.test(before) && dynamic(segments[segments.length - 3] ?? '')) before = segments[segments.length - 3]!;
  const action = model.knowledge.stateTransitionSegment;
  // `/leads/${id}/convert/deal`: a one-shot action on the id, naming what the record becomes.
  const target = model.knowledge.oneShotActionWithTarget.test(before) && dynamic(segments[segments.length - 3] ?? '') && /^[a-z]+$/i.test(last);
  return (action.test(last) && dynamic(before)) || (action.test(before) && dynamic(last) && !dynamic(before)) || target;
}

/**
 * `/posts/${id}/upvote`, `/messages/${id}/reactions`, `/issues/${n}/labels`: a POST to a relation of one record, named
 * right after the record's id under a collection the URL names (knowledge/repeat-safe-posts.ts relationKeptOnceSegment,
 * tagsOfRecordSegment). A base URL alone before the segment (`${API}/reactions`) names no record.
 */
function isRelationOfRecordUrl(urlText: string): boolean {
  const segments = (urlText.replace(/^[a-z]+:\/\/[^/]*/i, '').split(/[?#]/)[0]?.replace(/\/+$/, '') ?? '').split('/');
  const last = (segments[segments.length - 1] ?? '').replace(/\.(?:json|xml)$/i, '');
  const id = segments[segments.length - 2] ?? '';
  const collection = segments[segments.length - 3] ?? '';
  if (!isDynamicSegment(id) || collection === '' || isDynamicSegment(collection)) return false;
  return relationKeptOnceSegment.test(last) || (tagsOfRecordSegment.test(last) && !tagContainerCollection.test(collection));
}

/**
 * `DELETE …/issues/${n}/labels/${old}` and `POST …/issues/${n}/labels` in one function: the code swaps one relation for
 * another it picks from what it read (a priority label moved a step up), a relative step a repeat takes again (question
 * 71), not a relation added once.
 */
function swapsRelation(site: Node, urlText: string): boolean {
  const fn = enclosingFunctionOf(site);
  if (!fn) return false;
  const path = urlText.split(/[?#]/)[0]?.replace(/\/+$/, '') ?? '';
  const relation = (path.split('/').pop() ?? '').replace(/\.(?:json|xml)$/i, '').replace(/[^\w-]/g, '');
  if (!relation) return false;
  const removal = new RegExp(`/${relation}/\\$\\{`);
  return fn.getDescendantsOfKind(SyntaxKind.CallExpression).some((other) => {
    if (other === site) return false;
    const callee = other.getExpression();
    const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : callee.getText();
    const args = other.getArguments().map((arg) => arg.getText());
    if (!/^(?:delete|del|remove)\w*$/i.test(name) && !args.some((text) => /(['"`])DELETE\1/i.test(text))) return false;
    return args.some((text) => removal.test(text));
  });
}

/**
 * A path sent without an origin (`comments/${id}`, `/users`) through an axios instance, in a project whose every
 * `axios.create({ baseURL })` sets a base ending in the WordPress REST root (`…/wp-json/wp/v2/`, the literal written
 * where the base is set, knowledge/repeat-safe-posts.ts wordPressApiBase): the path under that root, which axios joins
 * to the base (axios lib/core/buildFullPath.js: a URL not absolute, `^([a-z][a-z\d+\-.]*:)?//`, is combined with the
 * base, a leading slash included). Any other path is left as written.
 */
function underWordPressBase(urlText: string, site: Node, via: string, model: ProjectModel): string {
  if (via !== 'axios' || /^(?:[a-z][a-z\d+\-.]*:)?\/\//i.test(urlText) || !Node.isCallExpression(site)) return urlText;
  const callee = unwrap(site.getExpression());
  // An instance's method (`client.request(…)`, `api.post(…)`), not the default export's own (`axios.post`).
  if (!Node.isPropertyAccessExpression(callee) || callee.getExpression().getText() === 'axios') return urlText;
  const made = instancesMadeFor(callee.getExpression());
  // The project-wide answer is asked once per file, not once per call (memoised with what it read, for --cache).
  const wordPress = made ? made.length > 0 && made.every(setsWordPressBase) : model.memoize('wordpress-instances-only', site.getSourceFile(), () => wordPressInstancesOnly(model));
  return wordPress ? `/wp/v2/${urlText.replace(/^\/+/, '')}` : urlText;
}

/**
 * The `axios.create` calls a client variable comes from: its initializer, or those in the local function whose call
 * initializes it (`const client = siteClient(url)`). undefined when the client is not traced there (a parameter, a
 * field, a method's answer): the project's instances decide.
 */
function instancesMadeFor(receiver: Node): CallExpression[] | undefined {
  if (!Node.isIdentifier(receiver)) return undefined;
  const binding = resolveIdentifier(receiver);
  if (binding.kind !== 'local' || !Node.isVariableDeclaration(binding.declaration)) return undefined;
  const init = binding.declaration.getInitializer();
  if (!init || !Node.isCallExpression(init)) return undefined;
  if (init.getExpression().getText() === 'axios.create') return [init];
  const maker = init.getExpression();
  const made = Node.isIdentifier(maker) ? resolveIdentifier(maker) : undefined;
  if (made?.kind !== 'local' || !Node.isFunctionDeclaration(made.declaration)) return undefined;
  return made.declaration.getDescendantsOfKind(SyntaxKind.CallExpression).filter((call) => call.getExpression().getText() === 'axios.create');
}

function setsWordPressBase(create: CallExpression): boolean {
  const options = objectLiteralOf(create.getArguments()[0]);
  const baseValue = options ? propertyValue(deepPropertyOf(options, 'baseURL')) : undefined;
  return baseValue !== undefined && wordPressBaseSetBy(baseValue);
}

/** Whether the project creates axios instances and each `axios.create({ baseURL })` sets a WordPress REST base. */
function wordPressInstancesOnly(model: ProjectModel): boolean {
  let seen = 0;
  for (const path of model.filesMentioning('create')) {
    const file = model.fileAt(path);
    if (!file || !file.getFullText().includes('axios.create')) continue;
    for (const call of model.nodesOfKinds<CallExpression>(file, [SyntaxKind.CallExpression])) {
      if (call.getExpression().getText() !== 'axios.create') continue;
      seen++;
      if (!setsWordPressBase(call)) return false;
    }
  }
  return seen > 0;
}

/**
 * `'https://site/wp-json/wp/v2/'`, or a variable whose declaration or assignments in its function give it a literal
 * ending in the WordPress REST root (`baseURL = baseURL + 'wp-json/wp/v2/'`).
 */
function wordPressBaseSetBy(value: Node): boolean {
  const texts = [value.getText()];
  if (Node.isIdentifier(value)) {
    const binding = resolveIdentifier(value);
    if (binding.kind !== 'local' || !Node.isVariableDeclaration(binding.declaration)) return false;
    texts.push(binding.declaration.getInitializer()?.getText() ?? '');
    const fn = enclosingFunctionOf(binding.declaration);
    for (const assignment of fn ? fn.getDescendantsOfKind(SyntaxKind.BinaryExpression) : []) {
      const left = assignment.getLeft();
      if (assignment.getOperatorToken().getKind() === SyntaxKind.EqualsToken && Node.isIdentifier(left) && left.getText() === value.getText()) texts.push(assignment.getRight().getText());
    }
  }
  return texts.some((text) => wordPressApiBase.test(text));
}

/** A path segment the code fills in (an id, a name): `\u0000` for a part not seen, `${…}`, `:id`, `{id}`. */
function isDynamicSegment(segment: string): boolean {
  return /\u0000|\$\{|^:\w+|^\{/.test(segment);
}

/**
 * `…/issues/${id}`, `/v1/customers/${id}`: a POST to the URL of one record of a named collection updates that record
 * (knowledge/http-clients.ts itemPostActsOn, with the collections whose POST runs or sends instead).
 */
function isItemUrl(urlText: string, model: ProjectModel): boolean {
  const path = urlText.replace(/^[a-z]+:\/\/[^/]*/i, '').split(/[?#]/)[0]?.replace(/\/+$/, '') ?? '';
  const segments = path.split('/');
  const last = (segments[segments.length - 1] ?? '').replace(/\.(?:json|xml)$/i, '');
  const collection = segments[segments.length - 2] ?? '';
  // A plural noun (`issues`, `workItems`, `lists`, WordPress's `media`), not a version (`v1`), a verb or a word ending
  // in -ss (`access`).
  const plural = (/^[a-z][a-z_-]*[a-rt-z]s$/i.test(collection) && collection.length >= 4) || /^media$/i.test(collection);
  return last === '\u0000' && plural && (!model.knowledge.itemPostActsOn.test(collection) || isNestedHookRecord(segments));
}

/**
 * `/projects/${id}/webhooks/${webhookId}`: a webhook kept as a record of another record (Vikunja's project webhooks,
 * updated by a POST there), not a hook's own address, which a POST delivers to — those stand at the API's top
 * (`/webhooks/${id}/${token}`, `/hooks/${id}`), never under another record's id.
 */
function isNestedHookRecord(segments: ReadonlyArray<string>): boolean {
  const n = segments.length;
  return /^[a-z]*[-_]?hooks$/i.test(segments[n - 2] ?? '') && isDynamicSegment(segments[n - 3] ?? '') && /^[a-z][a-z_-]*$/i.test(segments[n - 4] ?? '');
}

const ID_WORDS = new Set(['id', 'ids', 'key', 'uuid', 'guid', 'gid', 'sid', 'slug', 'number']);

/**
 * Whether a URL expression ends in a value the code names as an id: `${issueId}`, `${params.post_id}`,
 * `${encodeURIComponent(String(opts.id))}` last in a template (a `.json` suffix or a query after it), or added last.
 * `/objects/${objectName}`, `/schedules/${destination}` name a kind or a target, not the record a POST updates.
 */
export function endsWithIdValue(url: Node, depth = 0): boolean {
  if (depth > MAX_FOLLOW) return false;
  const value = unwrap(url);
  if (Node.isTemplateExpression(value)) {
    const last = value.getTemplateSpans()[value.getTemplateSpans().length - 1];
    return last !== undefined && /^(?:\.(?:json|xml))?\/?(?:\?.*)?$/.test(last.getLiteral().getLiteralText()) && namesAnId(last.getExpression(), depth + 1);
  }
  if (Node.isBinaryExpression(value) && value.getOperatorToken().getText() === '+') return namesAnId(value.getRight(), depth + 1) || endsWithIdValue(value.getRight(), depth + 1);
  if (Node.isConditionalExpression(value)) return endsWithIdValue(value.getWhenTrue(), depth + 1) && endsWithIdValue(value.getWhenFalse(), depth + 1);
  if (Node.isIdentifier(value)) {
    const binding = resolveIdentifier(value);
    const init = binding.kind === 'local' && Node.isVariableDeclaration(binding.declaration) ? binding.declaration.getInitializer() : undefined;
    return init !== undefined && endsWithIdValue(init, depth + 1);
  }
  return false;
}

function namesAnId(expression: Node, depth: number): boolean {
  if (depth > MAX_FOLLOW) return false;
  const value = unwrap(expression);
  // encodeURIComponent(id), String(id), id.toString(): the id itself.
  if (Node.isCallExpression(value)) {
    const callee = value.getExpression();
    if (Node.isIdentifier(callee) && /^(?:encodeURIComponent|encodeURI|String|Number)$/.test(callee.getText())) return value.getArguments()[0] !== undefined && namesAnId(value.getArguments()[0]!, depth + 1);
    if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'toString') return namesAnId(callee.getExpression(), depth + 1);
    return false;
  }
  const name = Node.isIdentifier(value) ? value.getText() : Node.isPropertyAccessExpression(value) ? value.getName() : undefined;
  if (!name) return false;
  const words = name.split(/_+|(?<=[a-z0-9])(?=[A-Z])/).filter(Boolean);
  return ID_WORDS.has((words[words.length - 1] ?? '').toLowerCase());
}

/** An analytics, telemetry or log endpoint: what is posted there is not the tool's side effect. */
function isTelemetryUrl(urlText: string, model: ProjectModel): boolean {
  const host = /^[a-z]+:\/\/([^/.:]+)/i.exec(urlText)?.[1];
  if (host && model.knowledge.telemetryUrlSegment.test(host)) return true;
  const path = urlText.replace(/^[a-z]+:\/\/[^/]*/i, '').split(/[?#]/)[0] ?? '';
  return path.split('/').some((segment) => model.knowledge.telemetryUrlSegment.test(segment));
}

function urlAt(pieces: ReadonlyArray<UrlPiece>, call: CallExpression): UrlPiece[] {
  return pieces.flatMap((piece): UrlPiece[] => {
    if (piece === null || typeof piece === 'string') return [piece];
    const passed = passedAt(piece, call);
    if (passed === 'absent') return [''];
    if (passed === 'unknown') return [null];
    if ('ref' in passed) return [passed.ref];
    return urlPieces(passed.node);
  });
}

/**
 * An HTTP request in a helper seen from one call to it: the caller's method decides an undecided request,
 * the caller's URL decides a read-only POST or a PUT to a client-chosen id, the caller's headers may carry a
 * key. undefined: not a write from this call site (a read, or a method that cannot be seen).
 */
export function requestAtCallSite(effect: WriteEffect, call: CallExpression, model: ProjectModel, options: RuleOptions): WriteEffect | undefined {
  const request = effect.request;
  const shape = request ?? effect.http;
  if (!shape || (!request && !shape.headers && !shape.url.some(isParamPiece))) return effect;
  const url = urlAt(shape.url, call);
  // The id at the URL's end: the caller's value when the caller passes the end of the URL. A helper that writes the id
  // segment itself (`post(`/posts/${id}`)`, its parameter named an id) keeps its URL ending in an id whatever the caller
  // passes there; one that takes the whole path (`post(path)`) leaves it to the caller's URL.
  const lastPiece = shape.url.filter((piece) => piece !== '').pop();
  const passedLast = lastPiece !== undefined && isParamPiece(lastPiece) && shape.endsWithId !== true ? passedAt(lastPiece, call) : undefined;
  const endsWithId = passedLast === undefined ? shape.endsWithId : typeof passedLast === 'object' && 'node' in passedLast ? endsWithIdValue(passedLast.node) : undefined;
  let headers = shape.headers;
  let key = effect.key;
  let keyFromParam = effect.keyFromParam;
  if (headers) {
    const passed = passedAt(headers, call);
    headers = typeof passed === 'object' && 'ref' in passed ? passed.ref : undefined;
    const callerKey = typeof passed === 'object' && 'node' in passed
      ? idempotencyKeyIn(objectLiteralOf(passed.node), options) ?? keyInHeadersBuiltBy(passed.node, model, options)
      : undefined;
    if (callerKey) {
      key = callerKey;
      keyFromParam = parameterIndex(callerKey);
    }
  }
  let method: string;
  if (request) {
    const passed = request.method ? passedAt(request.method, call) : 'absent';
    if (passed === 'unknown') return undefined;
    const fallback = chosenAt(request.fallback, call);
    if (passed === 'absent') {
      if (fallback === undefined) return undefined;
      if (typeof fallback !== 'string') return { ...effect, key, keyFromParam, request: { ...request, method: undefined, fallback, url, headers, endsWithId } };
      method = fallback;
    } else if ('ref' in passed) {
      if (fallback === undefined) return undefined;
      return { ...effect, key, keyFromParam, request: { ...request, method: passed.ref, fallback, url, headers, endsWithId } };
    } else {
      const source = methodSource(passed.node, 0);
      if (!source) return undefined;
      if (!('literal' in source)) {
        const next = source.fallback ?? fallback;
        if (next === undefined) return undefined;
        return { ...effect, key, keyFromParam, request: { ...request, method: source.param, fallback: next, url, headers, endsWithId } };
      }
      method = source.literal;
    }
  } else {
    method = effect.http!.method;
  }
  const decided = requestEffect(undecided(effect), { via: shape.via, method, url, headers, endsWithId }, undefined, model, call);
  return decided ? rekeyed(decided, key, keyFromParam, model) : undefined;
}

function isParamPiece(piece: UrlPiece): piece is ParamRef {
  return piece !== null && typeof piece !== 'string';
}

/** The effect stripped of what a decision sets (kind, protection, key), at the confidence its callee was resolved with. */
function undecided(effect: WriteEffect): WriteEffect {
  return { ...effect, kind: 'create', protection: undefined, key: undefined, keyFromParam: undefined, confidence: effect.callee?.confidence ?? effect.confidence };
}

function rekeyed(effect: WriteEffect, key: Node | undefined, keyFromParam: ParamRef | undefined, model: ProjectModel): WriteEffect {
  if (!key || effect.protection) return effect;
  const out = withKey(effect, key, model);
  return keyFromParam ? { ...out, keyFromParam } : out;
}
