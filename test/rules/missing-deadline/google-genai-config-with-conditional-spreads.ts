// A Gemini provider building its config from conditional spreads: each spread adds settings or nothing,
// and none adds `abortSignal` — the call has no client-side deadline (lower severity, as for @google/genai).
import { GoogleGenAI } from '@google/genai';

export class GeminiProvider {
  private readonly client = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

  async complete(contents: string, tools: object[], temperature?: number, maxTokens?: number) {
    const config = {
      ...(tools.length > 0 && { tools }),
      ...(temperature !== undefined && { temperature }),
      ...(maxTokens !== undefined ? { maxOutputTokens: maxTokens } : {}),
    };
    const response = await this.client.models.generateContent({ model: 'gemini-2.5-flash', contents, config }); // expect: missing-deadline severity=warn
    return response.text;
  }

  async completeWithin(contents: string, signal?: AbortSignal) {
    // Near-miss: a branch of a spread hands the caller's signal on.
    const config = { temperature: 0, ...(signal && { abortSignal: signal }) };
    const response = await this.client.models.generateContent({ model: 'gemini-2.5-flash', contents, config });
    return response.text;
  }
}
