// Test corpus README question 14, for a client built in a constructor: `timeout: opts?.timeout || config.timeout ||
// undefined` sets a deadline only when a setting is configured — by default the client has the OpenAI SDK's 10-minute
// one only ("no explicit deadline", lower severity). A fallback to a number (`?? 60_000`) is a deadline.
import OpenAI from 'openai';

interface EngineConfig { apiKey: string; timeout?: number }

export class OpenAIEngine {
  client: OpenAI;
  bounded: OpenAI;

  constructor(config: EngineConfig, opts?: { timeout?: number }) {
    this.client = new OpenAI({ apiKey: config.apiKey, timeout: opts?.timeout || config.timeout || undefined });
    this.bounded = new OpenAI({ apiKey: config.apiKey, timeout: opts?.timeout ?? 60_000 });
  }

  async models() {
    return this.client.models.list(); // expect: missing-deadline severity=warn
  }

  async complete(prompt: string) {
    return this.bounded.chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'user', content: prompt }] });
  }
}
