// A loopback API with side effects for the check and diff tests, beside the LLM stub: charges and
// tickets that are created on every POST, an orders endpoint that fails its first attempt with 503,
// a slow endpoint, and a chat endpoint that answers with a truncated completion (finish_reason length).
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ShopServer {
  url: string;
  /** POST bodies received, by path. */
  posts(path: string): string[];
  close(): Promise<void>;
}

export async function startShopServer(): Promise<ShopServer> {
  const posts = new Map<string, string[]>();
  let ordersSeen = 0;
  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const url = new URL(request.url ?? '/', 'http://shop');
      if (request.method === 'POST') posts.set(url.pathname, [...(posts.get(url.pathname) ?? []), body]);
      route(url, body, response, () => ++ordersSeen);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    posts: (path) => [...(posts.get(path) ?? [])],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function route(url: URL, body: string, response: ServerResponse, nextOrder: () => number): void {
  const json = (status: number, value: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(value));
  };
  const input = body ? (JSON.parse(body) as Record<string, unknown>) : {};
  switch (url.pathname) {
    case '/charges':
      return json(201, { id: `ch_${randomUUID()}`, status: 'succeeded', ...input });
    case '/tickets':
      return json(201, { id: `tk_${randomUUID()}`, created: Date.now(), ...input });
    case '/orders':
      return nextOrder() === 1 ? json(503, { error: 'upstream busy, try again' }) : json(201, { id: `ord_${randomUUID()}`, ...input });
    case '/slow':
      return void setTimeout(() => json(200, { waited: Number(url.searchParams.get('ms')) }), Number(url.searchParams.get('ms') ?? 0));
    case '/short/v1/chat/completions':
      return json(200, {
        id: `chatcmpl-${randomUUID()}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: String(input.model),
        choices: [{ index: 0, message: { role: 'assistant', content: 'The quarterly report shows that revenue' }, finish_reason: 'length' }],
        usage: { prompt_tokens: 30, completion_tokens: 8, total_tokens: 38 },
      });
    default:
      return json(404, { error: `no route ${url.pathname}` });
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
