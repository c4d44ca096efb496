// LangChain's AsyncCaller re-runs what it is given under p-retry (6 retries by default): `caller.call(fn)` and
// `callWithOptions({ signal }, fn)`. A model or embeddings class gets one from its base class as `this.caller`.
// Retried writes with no key are findings; retried reads and an embeddings POST (a read) are not.
import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';
import { AsyncCaller } from '@langchain/core/utils/async_caller';

const caller = new AsyncCaller({ maxConcurrency: 4 });
const INDEX = 'https://search.example.com/v1';

export async function indexDocuments(docs: Array<{ id: string; text: string }>) {
  return caller.call(async () => {
    const res = await fetch(`${INDEX}/documents`, { method: 'POST', body: JSON.stringify(docs), signal: AbortSignal.timeout(10_000) }); // expect: unkeyed-retry
    return res.json();
  });
}

export async function readIndexStats() {
  return caller.call(async () => (await fetch(`${INDEX}/stats`, { signal: AbortSignal.timeout(5_000) })).json());
}

export class RemoteEmbeddings extends Embeddings {
  constructor(params: EmbeddingsParams) {
    super(params);
  }

  async embedDocuments(texts: string[]) {
    return this.caller.call(async () => {
      const res = await fetch('https://embed.example.com/v1/embeddings', { method: 'POST', body: JSON.stringify({ input: texts }), signal: AbortSignal.timeout(10_000) });
      return (await res.json()).data as number[][];
    });
  }

  async embedQuery(text: string) {
    return (await this.embedDocuments([text]))[0]!;
  }

  async recordUsage(tokens: number, signal: AbortSignal) {
    return this.caller.callWithOptions({ signal }, async () =>
      fetch('https://billing.example.com/v1/usage-records', { method: 'POST', body: JSON.stringify({ tokens }), signal })); // expect: unkeyed-retry
  }
}
