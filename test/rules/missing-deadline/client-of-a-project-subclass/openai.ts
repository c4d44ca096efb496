// A project subclass of the SDK client: it only changes how API errors read, so every request it makes is
// the SDK's own (10-minute default, retried twice).
import OpenAI from 'openai';

export class CustomOpenAI extends OpenAI {
  protected override makeStatusError(status: number, error: object, message: string | undefined, headers: Headers) {
    return super.makeStatusError(status, error, message ?? JSON.stringify(error), headers);
  }
}

/** A subclass that replaces a request method with its own code: its `embed` is the project's, not the SDK's. */
export class CachedOpenAI extends OpenAI {
  private cache = new Map<string, number[]>();

  async embed(text: string): Promise<number[]> {
    const hit = this.cache.get(text);
    if (hit) return hit;
    const res = await this.embeddings.create({ model: 'text-embedding-3-small', input: text }, { timeout: 20_000 });
    this.cache.set(text, res.data[0]!.embedding);
    return res.data[0]!.embedding;
  }
}
