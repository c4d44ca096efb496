// reachesRemote: whether code reaches another system — a known outbound call (LLM, HTTP, MCP), a write,
// or any method of a known SDK's client — directly or through project helpers (bounded, memoised).
import { Node, SyntaxKind } from 'ts-morph';
import { knownPackageNames } from '../knowledge/index.js';
import { outboundCall } from './deadlines.js';
import { descendantsOfKind } from './kind-index.js';
import { isNodeBuiltin } from './node-builtins.js';
import type { ProjectModel } from './project-model.js';
import { classifyWrite } from './side-effects.js';
import { packageRoot } from './workspace-packages.js';

const MAX_REMOTE_DEPTH = 3;

let knownPackageSet: Set<string> | undefined;
function knownPackages(): Set<string> {
  knownPackageSet ??= new Set(knownPackageNames());
  return knownPackageSet;
}

/**
 * Whether code reaches another system (a known outbound call or write), directly or through project helpers. Node's
 * own modules (fs, path, crypto…) are known to the tables for their writes, but their objects are local.
 */
export function reachesRemote(body: Node, model: ProjectModel, depth: number, options: { sharedOnly?: boolean } = {}): boolean {
  const calls = Node.isCallExpression(body) ? [body, ...descendantsOfKind(body, SyntaxKind.CallExpression)] : descendantsOfKind(body, SyntaxKind.CallExpression);
  for (const call of calls) {
    // sharedOnly: a service other clients use too — not a server on this machine (`http://127.0.0.1:9229/json`).
    if (options.sharedOnly && (isLocalEndpoint(call) || isEmbeddedDatabase(call, model))) continue;
    if (outboundCall(call, model) || classifyWrite(call, model, {})) return true;
    // Any method of a known SDK's client instance goes over the network (`slack.reactions.add`).
    const callee = model.resolveCall(call);
    if (callee?.instance && callee.module !== 'global' && !isNodeBuiltin(callee.module) && knownPackages().has(packageRoot(callee.module))) return true;
    if (depth >= MAX_REMOTE_DEPTH) continue;
    const helper = model.functionCalledBy(call);
    const helperBody = helper?.getBody();
    if (!helper || !helperBody || helperBody.containsRange(call.getPos(), call.getEnd()) || body.containsRange(helperBody.getPos(), helperBody.getEnd())) continue;
    if (model.memoize(options.sharedOnly ? 'reaches-shared-remote' : 'reaches-remote', helper, () => reachesRemote(helperBody, model, depth + 1, options))) return true;
  }
  return false;
}

/** Databases that live in a file of this machine (a lock held by another local process is not a shared service). */
const EMBEDDED_DATABASES = new Set(['better-sqlite3', 'sqlite3', 'sqlite', 'node:sqlite', 'bun:sqlite']);

function isEmbeddedDatabase(call: Node, model: ProjectModel): boolean {
  if (!Node.isCallExpression(call)) return false;
  const module = model.resolveCall(call)?.module;
  return module !== undefined && EMBEDDED_DATABASES.has(module);
}

const LOCAL_URL = /^[`'"](?:https?|wss?):\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?:[:/`'"]|$)/;

/** A request to this machine: its URL is written as localhost / 127.0.0.1. */
export function isLocalEndpoint(call: Node): boolean {
  if (!Node.isCallExpression(call)) return false;
  const url = call.getArguments()[0];
  return url !== undefined && LOCAL_URL.test(url.getText());
}
