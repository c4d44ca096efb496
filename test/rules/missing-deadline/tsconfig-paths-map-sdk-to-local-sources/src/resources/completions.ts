// Part of the stand-in SDK sources (no network here: the real request code is not what this case is about).
export class Completions {
  constructor(private readonly client: { options: { timeout?: number } }) {}

  async create(body: { model: string; messages: Array<{ role: string; content: string }> }) {
    return { choices: [{ message: { content: `${body.model}: ${this.client.options.timeout ?? 600_000}` } }] };
  }
}
