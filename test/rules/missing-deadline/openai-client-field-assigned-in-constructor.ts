// A client field declared with its type (`private client: OpenAI;`) and created in the constructor: the options of
// that creation are the client's. A `timeout` there reaches every call made through the field — clean; the twin
// class whose constructor sets none leaves the SDK's 10-minute default (lower severity).
import OpenAI from 'openai';

export class BoundedChat {
  private client: OpenAI;

  constructor(apiKey: string) {
    if (!apiKey) throw new Error('an API key is required');
    this.client = new OpenAI({ apiKey, timeout: 30_000, maxRetries: 2 });
  }

  async ask(prompt: string): Promise<string> {
    const res = await this.client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] });
    return res.choices[0]?.message.content ?? '';
  }
}

export class DefaultChat {
  private client: OpenAI;

  constructor(apiKey: string) {
    this.client = new OpenAI({ apiKey });
  }

  async ask(prompt: string): Promise<string> {
    const res = await this.client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] }); // expect: missing-deadline severity=warn
    return res.choices[0]?.message.content ?? '';
  }
}
