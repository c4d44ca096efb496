// Model APIs reached over plain HTTP: a request to one of these paths runs a model, so a loop that makes one every
// turn is an agent loop. Paths as the SDKs themselves post them (checked in their code), which OpenAI-compatible
// servers (OpenRouter, Groq, DeepSeek, vLLM, LiteLLM, Azure) share.
export interface ModelEndpoint {
  label: string;
  /** Matched against the literal text of a request's URL (unknown pieces are `\u0000`). */
  path: RegExp;
  checkedAgainst: string;
}

export const modelEndpoints: ModelEndpoint[] = [
  { label: 'OpenAI-compatible chat completions', path: /\/chat\/completions(?:[/?#]|$)/, checkedAgainst: "openai@7.57.0 (post('/chat/completions'))" },
  { label: 'OpenAI completions', path: /\/v1\/completions(?:[/?#]|$)/, checkedAgainst: "openai@7.57.0 (post('/completions'))" },
  { label: 'OpenAI Responses', path: /\/v1\/responses(?:[?#]|$)/, checkedAgainst: "openai@7.57.0 (post('/responses'))" },
  { label: 'Anthropic Messages', path: /\/v1\/messages(?:[?#]|$)/, checkedAgainst: "@anthropic-ai/sdk@1.12.0 (post('/v1/messages'))" },
  { label: 'Gemini generateContent', path: /:(?:stream)?[gG]enerateContent(?:[?#]|$)/, checkedAgainst: "@google/genai@2.32.0 ('{model}:generateContent', ':streamGenerateContent')" },
  { label: 'Ollama chat/generate', path: /\/api\/(?:chat|generate)(?:[?#]|$)/, checkedAgainst: 'Ollama REST API (POST /api/chat, /api/generate)' },
];

/**
 * The body of a model request, whatever its URL: the prompt (`messages`, `input`, `prompt`, `contents`) with a
 * generation parameter beside it. `input` with only `model` is also an embeddings or moderation request, which
 * generates nothing: not counted. Field names as the SDKs send them (checked in their request types).
 */
export const modelRequestBody = {
  prompt: ['messages', 'input', 'prompt', 'contents'],
  generation: ['temperature', 'max_tokens', 'max_completion_tokens', 'max_output_tokens', 'top_p', 'top_k', 'instructions', 'tools',
    'tool_choice', 'response_format', 'stream', 'stop', 'system', 'generationConfig', 'systemInstruction', 'n'],
  /** `model` counts as a generation parameter beside these prompts only. */
  modelWith: ['messages', 'prompt', 'contents'],
  checkedAgainst: 'openai@7.57.0 (ChatCompletionCreateParams, ResponseCreateParams), @anthropic-ai/sdk@1.12.0 (MessageCreateParams), @google/genai@2.32.0 (GenerateContentParameters wire form)',
};
