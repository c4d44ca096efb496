// A loopback server that hands out and takes credentials the usual ways, with fresh random values on
// every start, so the secrets tests know every secret that crossed the wire and can look for each in
// the recording: an OAuth token endpoint (access_token and a JWT id_token), a plain `token` API, a
// login that sets a session cookie, and an SSE stream that splits an API key across two chunks.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export function randomSecret(bytes = 18): string {
  return randomBytes(bytes).toString('base64url');
}

/** A JWT of the usual shape (header.payload.signature), random in every part that matters. */
export function randomJwt(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: randomSecret(6), nonce: randomSecret(9) })}.${randomSecret(32)}`;
}

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface CredentialServer {
  url: string;
  /** Secrets the server handed out (fresh per start; `token` is fresh per call, all kept here). */
  issued: { accessToken: string; idToken: string; sessionId: string; tokens: string[]; streamedKey: string };
  /** The two pieces the streamed key was sent in (each alone matches no secret shape). */
  streamPieces: string[];
  /** Everything the server wrote for /stream, in order. */
  streamText: string;
  received: ReceivedRequest[];
  connections(): number;
  close(): Promise<void>;
}

const STREAM_PAUSE_MS = 60;

export async function startCredentialServer(): Promise<CredentialServer> {
  const streamedKey = `sk-proj-${randomSecret(24)}`;
  // The first piece stops 4 characters after "sk-proj-": too short for the key shape on its own.
  const split = 'sk-proj-'.length + 4;
  const streamPieces = [
    `data: {"delta":"Your new key is ${streamedKey.slice(0, split)}`,
    `${streamedKey.slice(split)}, keep it safe."}\n\n`,
    'data: [DONE]\n\n',
  ];
  const state: CredentialServer = {
    url: '',
    issued: { accessToken: randomSecret(), idToken: randomJwt(), sessionId: randomSecret(), tokens: [], streamedKey },
    streamPieces: streamPieces.slice(0, 2),
    streamText: `data: {"delta":"Hello. "}\n\n${streamPieces.join('')}`,
    received: [],
    connections: () => connections,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  let connections = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://credentials');
      const body = Buffer.concat(chunks).toString('utf8');
      state.received.push({ method: request.method ?? 'GET', path: url.pathname + url.search, headers: request.headers, body });
      const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
        response.writeHead(status, { 'content-type': 'application/json', ...headers });
        response.end(JSON.stringify(value));
      };
      switch (url.pathname) {
        case '/oauth/token':
          return json(200, { access_token: state.issued.accessToken, token_type: 'Bearer', expires_in: 3600, id_token: state.issued.idToken });
        case '/api-token': {
          const token = randomSecret();
          state.issued.tokens.push(token);
          return json(200, { token, expires_in: 60 });
        }
        case '/login':
          return json(200, { ok: true }, { 'set-cookie': `sid=${state.issued.sessionId}; Path=/; HttpOnly` });
        case '/stream': {
          response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
          response.write('data: {"delta":"Hello. "}\n\n');
          // Each piece is written on its own after a pause, so it reaches the client as its own chunk.
          let index = 0;
          const next = () => {
            const piece = streamPieces[index++];
            if (piece === undefined) return void response.end();
            response.write(piece);
            setTimeout(next, STREAM_PAUSE_MS);
          };
          return void setTimeout(next, STREAM_PAUSE_MS);
        }
        default:
          return json(200, { path: url.pathname, bytes: Buffer.byteLength(body) });
      }
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
