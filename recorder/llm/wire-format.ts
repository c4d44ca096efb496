// What the recorder knows about one LLM wire format: which requests are in it, how to read the
// request (model, messages, tools, tool results) and the response, whole or streamed.
import type { LlmCallEvent, ToolCall, Usage } from '../schema.js';

export type LlmCallSummary = Pick<LlmCallEvent, 'provider' | 'api' | 'model' | 'stream' | 'input' | 'output' | 'finishReason' | 'usage'>;

export interface LlmRequestSummary {
  model: string | null;
  messages: number;
  tools: string[];
}

export interface LlmResponseSummary {
  model: string | null;
  text: string;
  toolCalls: ToolCall[];
  finishReason: string | null;
  usage: Usage | null;
}

/** A tool result the program sent back to the model. */
export interface ToolResult {
  callId: string;
  content: string;
}

export interface WireFormat {
  provider: LlmCallEvent['provider'];
  api: LlmCallEvent['api'];
  matchesPath(pathname: string): boolean;
  /** Matches the chunk that ends a stream (clients often stop reading there, before the body ends). */
  streamEnd: RegExp;
  readRequest(body: JsonObject): LlmRequestSummary;
  toolResults(body: JsonObject): ToolResult[];
  readResponse(body: unknown): LlmResponseSummary;
  /** `payloads` are the JSON data of the stream's events, in order. */
  readStream(payloads: unknown[]): LlmResponseSummary;
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function asNumber(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  return JSON.stringify(content ?? '');
}

export function usageOf(input: unknown, output: unknown, total?: unknown): Usage | null {
  const inputTokens = asNumber(input);
  const outputTokens = asNumber(output);
  if (inputTokens === null && outputTokens === null) return null;
  const totalTokens = asNumber(total) ?? (inputTokens !== null && outputTokens !== null ? inputTokens + outputTokens : null);
  return { inputTokens, outputTokens, totalTokens };
}
