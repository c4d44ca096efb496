// The Google Gen AI client's requests besides generateContent — token counts, embeddings, file uploads and
// lookups, cached contents, image generation — go through the same request path with no client-side timeout
// (@google/genai 2.32.0: each hands `params.config?.httpOptions` and `params.config?.abortSignal` to the request).
// Clean: a `config.abortSignal` or `config.httpOptions.timeout` on the call, and a client made with
// `httpOptions.timeout`.
import { GoogleGenAI } from '@google/genai';

const gemini = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
const boundedGemini = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY, httpOptions: { timeout: 30_000 } });

export async function promptSize(text: string) {
  const counted = await gemini.models.countTokens({ model: 'gemini-2.5-flash', contents: text }); // expect: missing-deadline severity=warn
  return counted.totalTokens ?? 0;
}

export async function vectorFor(text: string) {
  const result = await gemini.models.embedContent({ model: 'text-embedding-004', contents: text }); // expect: missing-deadline severity=warn
  return result.embeddings?.[0]?.values ?? [];
}

export async function attachRecording(path: string) {
  const uploaded = await gemini.files.upload({ file: path, config: { mimeType: 'audio/mpeg' } }); // expect: missing-deadline severity=warn
  const ready = await gemini.files.get({ name: uploaded.name! }); // expect: missing-deadline severity=warn
  return ready.state;
}

export async function promptSizeUntil(text: string, signal: AbortSignal) {
  const counted = await gemini.models.countTokens({ model: 'gemini-2.5-flash', contents: text, config: { abortSignal: signal } });
  return counted.totalTokens ?? 0;
}

export async function vectorWithin(text: string) {
  const result = await gemini.models.embedContent({ model: 'text-embedding-004', contents: text, config: { httpOptions: { timeout: 10_000 } } });
  return result.embeddings?.[0]?.values ?? [];
}

export async function attachOnBoundedClient(path: string) {
  const uploaded = await boundedGemini.files.upload({ file: path, config: { mimeType: 'audio/mpeg' } });
  return uploaded.name;
}
