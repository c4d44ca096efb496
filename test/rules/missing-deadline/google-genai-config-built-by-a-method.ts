// The call's `config` built by a project method: what the method returns says whether `config.abortSignal` (or
// `config.httpOptions.timeout`) is there. A config with only generation settings has none (lower severity, the SDK
// sets no client-side timeout); one that puts the caller's deadline in is clean.
import { GoogleGenAI, type GenerateContentConfig } from '@google/genai';

export class GoogleProvider {
  private readonly client = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

  async chat(model: string, prompt: string, temperature?: number) {
    const response = await this.client.models.generateContent({ // expect: missing-deadline severity=warn
      model,
      contents: prompt,
      config: await this.generationConfig(temperature),
    });
    return response.text;
  }

  async chatWithin(model: string, prompt: string, ms: number) {
    const response = await this.client.models.generateContent({
      model,
      contents: prompt,
      config: this.boundedConfig(ms),
    });
    return response.text;
  }

  private async generationConfig(temperature?: number): Promise<GenerateContentConfig> {
    return { temperature: temperature ?? 0.2, maxOutputTokens: 2048 };
  }

  private boundedConfig(ms: number): GenerateContentConfig {
    return { temperature: 0.2, abortSignal: AbortSignal.timeout(ms) };
  }
}
