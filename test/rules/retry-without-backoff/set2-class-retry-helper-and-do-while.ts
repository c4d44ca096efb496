// Second set (not tuned on). A client class with its own generic retry method, a do…while retry,
// and a countdown loop.
import Anthropic from '@anthropic-ai/sdk';

export class ModelGateway {
  private readonly client = new Anthropic({ timeout: 45_000, maxRetries: 0 });
  private readonly maxRetries = 4;
  private readonly baseDelayMs = 300;

  private sleep(ms: number) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  private async withRetry<T>(operation: () => Promise<T>): Promise<T> {
    let lastError: unknown;
    for (let i = 0; i < this.maxRetries; i++) { // expect: retry-without-backoff
      try {
        return await operation();
      } catch (error) {
        lastError = error;
        await this.sleep(this.baseDelayMs * Math.pow(2, i));
      }
    }
    throw lastError;
  }

  complete(prompt: string) {
    return this.withRetry(() => this.client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user', content: prompt }] }));
  }
}

export async function uploadReport(url: string, body: string) {
  let attempt = 0;
  let response: Response | undefined;
  do { // expect: retry-without-backoff
    try {
      response = await fetch(url, { method: 'PUT', body, signal: AbortSignal.timeout(20_000) });
      break;
    } catch {
      attempt++;
      await new Promise((r) => setTimeout(r, 1_000));
    }
  } while (attempt < 3);
  return response;
}

export async function pingWebhook(url: string) {
  let retries = 5;
  while (retries > 0) { // expect: retry-without-backoff
    try {
      const res = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(3_000) });
      return res.status;
    } catch {
      retries--;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return undefined;
}
