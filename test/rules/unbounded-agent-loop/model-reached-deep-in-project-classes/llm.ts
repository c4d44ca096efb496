// The bottom of a helper chain: a project HTTP client whose `request` fetches whatever URL it is given, and a
// provider class that hands it Anthropic's Messages URL — a model call, though no model SDK appears anywhere.
import { fetch, type RequestInit, type Response } from 'undici';

export class HttpClient {
  async request(url: string, init: RequestInit): Promise<Response> {
    return fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
  }
}

export class AnthropicProvider {
  constructor(private readonly http: HttpClient) {}

  async complete(prompt: string): Promise<string> {
    const response = await this.http.request('https://api.anthropic.com/v1/messages', {
      method: 'POST',
      body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user', content: prompt }] }),
    });
    const data = (await response.json()) as { content: Array<{ text: string }> };
    return data.content[0]?.text ?? '';
  }

  async health(): Promise<boolean> {
    const response = await this.http.request('https://status.example.com/v1/health', { method: 'GET' });
    return response.ok;
  }
}
