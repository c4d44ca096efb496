// What differs between a recorded request and a live one, in words a person can act on. LLM request
// bodies (OpenAI chat/responses, Anthropic messages) are compared by model, messages, tools and
// parameters; other JSON bodies path by path; other bodies by their first differing character.
import { parseJson, stableStringify } from '../fingerprint.js';

export interface ComparableRequest {
  method: string;
  url: string;
  body: string;
}

const MAX_DIFFERENCES = 8;

export function requestDifferences(recorded: ComparableRequest, live: ComparableRequest): string[] {
  const out: string[] = [];
  if (recorded.method !== live.method) out.push(`method: ${recorded.method} → ${live.method}`);
  if (recorded.url !== live.url) out.push(`url: ${recorded.url} → ${live.url}`);
  if (recorded.body === live.body) return out;

  const recordedJson = parseJson(recorded.body);
  const liveJson = parseJson(live.body);
  if (recordedJson !== undefined && liveJson !== undefined) {
    if (isLlmRequest(recordedJson) && isLlmRequest(liveJson)) llmDifferences(recordedJson, liveJson, out);
    else jsonDifferences(recordedJson, liveJson, 'body', out);
  } else {
    out.push(textDifference(recorded.body, live.body));
  }
  if (out.length === 0) out.push('body: same JSON, different bytes');
  return out.slice(0, MAX_DIFFERENCES);
}

type JsonObject = Record<string, unknown>;

function isLlmRequest(value: unknown): value is JsonObject {
  return isObject(value) && 'model' in value && ('messages' in value || 'input' in value);
}

function llmDifferences(recorded: JsonObject, live: JsonObject, out: string[]): void {
  if (recorded.model !== live.model) out.push(`model: ${show(recorded.model)} → ${show(live.model)}`);

  const listKey = 'messages' in recorded ? 'messages' : 'input';
  const recordedMessages = asArray(recorded[listKey]);
  const liveMessages = asArray(live[listKey]);
  if (recordedMessages.length !== liveMessages.length) {
    out.push(`${listKey}: ${recordedMessages.length} recorded, ${liveMessages.length} now`);
  }
  const shared = Math.min(recordedMessages.length, liveMessages.length);
  for (let index = 0; index < shared; index++) {
    if (stableStringify(recordedMessages[index]) === stableStringify(liveMessages[index])) continue;
    const role = isObject(liveMessages[index]) ? (liveMessages[index] as JsonObject).role : undefined;
    const label = `${listKey}[${index}]${typeof role === 'string' ? ` (${role})` : ''}`;
    jsonDifferences(recordedMessages[index], liveMessages[index], label, out);
    break;
  }
  if (recordedMessages.length !== liveMessages.length && shared > 0 && !out.some((line) => line.startsWith(`${listKey}[`))) {
    const extra = recordedMessages.length > liveMessages.length ? recordedMessages[shared] : liveMessages[shared];
    out.push(`${listKey}[${shared}]: ${recordedMessages.length > liveMessages.length ? 'missing now' : 'new'}: ${show(extra)}`);
  }

  const recordedTools = toolNames(recorded.tools);
  const liveTools = toolNames(live.tools);
  const added = liveTools.filter((name) => !recordedTools.includes(name));
  const removed = recordedTools.filter((name) => !liveTools.includes(name));
  if (added.length > 0) out.push(`tools added: ${added.join(', ')}`);
  if (removed.length > 0) out.push(`tools removed: ${removed.join(', ')}`);
  if (added.length === 0 && removed.length === 0 && stableStringify(recorded.tools) !== stableStringify(live.tools)) {
    jsonDifferences(recorded.tools, live.tools, 'tools', out);
  }

  const parameters = new Set([...Object.keys(recorded), ...Object.keys(live)]);
  for (const name of ['model', listKey, 'tools']) parameters.delete(name);
  for (const name of [...parameters].sort()) jsonDifferences(recorded[name], live[name], name, out);
}

function toolNames(tools: unknown): string[] {
  return asArray(tools).map((tool) => {
    if (!isObject(tool)) return '?';
    const fn = tool.function;
    if (isObject(fn) && typeof fn.name === 'string') return fn.name;
    return typeof tool.name === 'string' ? tool.name : String(tool.type ?? '?');
  });
}

function jsonDifferences(recorded: unknown, live: unknown, path: string, out: string[]): void {
  if (out.length >= MAX_DIFFERENCES) return;
  if (stableStringify(recorded) === stableStringify(live)) return;
  if (Array.isArray(recorded) && Array.isArray(live)) {
    if (recorded.length !== live.length) out.push(`${path}: ${recorded.length} items recorded, ${live.length} now`);
    for (let index = 0; index < Math.min(recorded.length, live.length); index++) {
      jsonDifferences(recorded[index], live[index], `${path}[${index}]`, out);
    }
    return;
  }
  if (isObject(recorded) && isObject(live)) {
    for (const key of [...new Set([...Object.keys(recorded), ...Object.keys(live)])].sort()) {
      jsonDifferences(recorded[key], live[key], `${path}.${key}`, out);
    }
    return;
  }
  out.push(`${path}: ${show(recorded)} → ${show(live)}`);
}

function textDifference(recorded: string, live: string): string {
  let at = 0;
  while (at < recorded.length && at < live.length && recorded[at] === live[at]) at++;
  const excerpt = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 10), at + 30));
  return `body differs at character ${at}: ${excerpt(recorded)} → ${excerpt(live)}`;
}

function show(value: unknown): string {
  if (value === undefined) return '(absent)';
  const text = typeof value === 'string' ? JSON.stringify(value) : stableStringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
