// Models holding a client of the project's subclass behind a getter: the calls are the SDK's.
import { CachedOpenAI, CustomOpenAI } from './openai.js';

export class ChatModel {
  protected _client?: CustomOpenAI;

  constructor(private readonly apiKey: string, private readonly baseURL?: string) {}

  get client() {
    this._client ??= new CustomOpenAI({ apiKey: this.apiKey, baseURL: this.baseURL });
    return this._client;
  }

  async complete(prompt: string) {
    const res = await this.client.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: prompt }] }); // expect: missing-deadline severity=warn
    return res.choices[0]?.message.content ?? '';
  }
}

export class TimedChatModel {
  private readonly client = new CustomOpenAI({ apiKey: process.env.OPENAI_API_KEY, timeout: 30_000 });

  async complete(prompt: string) {
    // Near-miss: the subclass was made with a client timeout.
    const res = await this.client.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: prompt }] });
    return res.choices[0]?.message.content ?? '';
  }
}

export async function similar(text: string) {
  const openai = new CachedOpenAI();
  // Near-miss: `embed` is the subclass's own method (its request inside carries a timeout).
  return openai.embed(text);
}
