// Recognises LLM calls from the wire: picks the wire format from the request (POST to a known path
// with a JSON body naming a model) and summarises the exchange as an `llm` event's fields.
import { parseJson } from '../fingerprint.js';
import { anthropicMessages } from './anthropic-messages.js';
import { openAiChat } from './openai-chat.js';
import { openAiResponses } from './openai-responses.js';
import { sseJsonPayloads } from './sse.js';
import { isObject, type JsonObject, type LlmCallSummary, type WireFormat } from './wire-format.js';

const WIRE_FORMATS: readonly WireFormat[] = [openAiChat, openAiResponses, anthropicMessages];

export interface LlmRequest {
  format: WireFormat;
  body: JsonObject;
}

/** `body` is the request body parsed as JSON, when the caller has parsed it already. */
export function recogniseLlmRequest(method: string, url: string, bodyText: string, body: unknown = parseJson(bodyText)): LlmRequest | null {
  if (method !== 'POST') return null;
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return null;
  }
  const format = WIRE_FORMATS.find((candidate) => candidate.matchesPath(pathname));
  if (!format) return null;
  if (!isObject(body) || typeof body.model !== 'string') return null;
  return { format, body };
}

/** `responseText` is the whole body, or the chunks joined for a stream. */
export function summariseLlmCall(request: LlmRequest, stream: boolean, responseText: string): LlmCallSummary {
  const { format } = request;
  const input = format.readRequest(request.body);
  const output = stream ? format.readStream(sseJsonPayloads(responseText)) : format.readResponse(parseJson(responseText));
  return {
    provider: format.provider,
    api: format.api,
    model: output.model ?? input.model,
    stream,
    input: { messages: input.messages, tools: input.tools },
    output: { text: output.text, toolCalls: output.toolCalls },
    finishReason: output.finishReason,
    usage: output.usage,
  };
}
