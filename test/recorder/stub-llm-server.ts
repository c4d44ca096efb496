// A loopback server that speaks the LLM wire formats the recorder must recognise, like the real APIs:
// OpenAI chat completions and responses, Anthropic messages, each whole or streamed as SSE, with tool
// calls. Ids and timestamps are fresh on every call, so only a replay can repeat them. It counts TCP
// connections, which is how tests prove that replay opens none.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface StubLlmServer {
  url: string;
  /** TCP connections accepted so far. */
  connections(): number;
  /** Requests received so far, by path. */
  requests(): Array<{ method: string; path: string; body: string }>;
  close(): Promise<void>;
}

export interface StubOptions {
  /**
   * Delay before each response head (ms); a `?delay=` query parameter or an `x-stub-delay` header
   * (what an SDK client can send: its paths are fixed) overrides it per request.
   */
  latencyMs?: number;
  /** Delay between streamed chunks (ms); a `?chunkDelay=` query parameter or `x-stub-chunk-delay` header overrides it. */
  chunkDelayMs?: number;
}

type Json = Record<string, unknown>;

export async function startStubLlmServer(options: StubOptions = {}): Promise<StubLlmServer> {
  let connections = 0;
  const received: Array<{ method: string; path: string; body: string }> = [];
  const server: Server = createServer((request, response) => {
    void handle(request, response, options, received).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: String(error) }));
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => connections,
    requests: () => [...received],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: StubOptions,
  received: Array<{ method: string; path: string; body: string }>,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const requestUrl = new URL(request.url ?? '/', 'http://stub');
  const path = requestUrl.pathname;
  received.push({ method: request.method ?? 'GET', path, body: text });
  if (request.headers['x-stub-hang'] !== undefined) return hang(request);
  const together = request.headers['x-stub-together'];
  if (typeof together === 'string') await arrivedTogether(together);
  const latency = Number(requestUrl.searchParams.get('delay') ?? request.headers['x-stub-delay'] ?? options.latencyMs ?? 0);
  if (latency > 0) await sleep(latency);
  const body = text ? (JSON.parse(text) as Json) : {};
  const chunkDelay = Number(requestUrl.searchParams.get('chunkDelay') ?? request.headers['x-stub-chunk-delay'] ?? options.chunkDelayMs ?? 5);

  const batch = /\/v1\/messages\/batches\/([^/]+)(\/results)?$/.exec(path);
  if (batch) return anthropicBatch(batch[1]!, batch[2] !== undefined, request, response, chunkDelay);

  if (path.endsWith('/chat/completions')) return chatCompletions(body, response, chunkDelay);
  if (path.endsWith('/responses')) return responses(body, response, chunkDelay);
  if (path.endsWith('/messages')) return anthropicMessages(body, response, chunkDelay);
  if (path === '/gzip') {
    response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    return void response.end(gzipSync(JSON.stringify({ compressed: true, nonce: `n-${randomUUID()}` })));
  }
  if (path === '/ndjson') {
    // A chunked body that is not an event stream: one JSON line per write, apart in time.
    response.writeHead(200, { 'content-type': 'application/x-ndjson' });
    const lines = Number(requestUrl.searchParams.get('lines') ?? 4);
    for (let index = 0; index < lines; index++) {
      response.write(`${JSON.stringify({ index, id: randomUUID() })}\n`);
      await sleep(chunkDelay);
    }
    return void response.end();
  }
  if (path === '/hang') return hang(request);
  if (path === '/reset') {
    request.socket.destroy();
    return;
  }
  if (path === '/secret') {
    response.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'session=abc123secret' });
    return void response.end(JSON.stringify({ echoedKey: 'sk-live0123456789abcdefghijklmnop' }));
  }
  const echo = JSON.stringify({ path, method: request.method, echo: body, id: randomUUID(), at: Date.now() });
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(echo)) });
  response.end(echo);
}

const groups = new Map<string, { arrived: number; release: Array<() => void> }>();

/**
 * `x-stub-together: <group>/<size>`: holds each request of the group until all of them arrived, so
 * delays counted from there order the answers whatever the clients' own start-up costs.
 */
async function arrivedTogether(header: string): Promise<void> {
  const [name = '', size = '1'] = header.split('/');
  const group = groups.get(name) ?? { arrived: 0, release: [] };
  groups.set(name, group);
  group.arrived++;
  if (group.arrived >= Number(size)) {
    groups.delete(name);
    for (const release of group.release) release();
    return;
  }
  await new Promise<void>((resolve) => group.release.push(resolve));
}

/** Never answers (`/hang`, or an `x-stub-hang` header on any path): the client's own deadline has to end the exchange. */
async function hang(request: IncomingMessage): Promise<void> {
  await new Promise<void>((resolve) => request.socket.once('close', () => resolve()));
}

/**
 * Anthropic's message batches: the batch itself (ended, with its results URL), and its results as
 * JSONL, one line per request written apart in time — a streamed body through an SDK that is not an
 * event stream (the SDK's JSONL decoder reads it).
 */
async function anthropicBatch(id: string, results: boolean, request: IncomingMessage, response: ServerResponse, chunkDelay: number): Promise<void> {
  if (!results) {
    const origin = `http://${request.headers.host}`;
    const counts = { processing: 0, succeeded: 3, errored: 0, canceled: 0, expired: 0 };
    response.writeHead(200, { 'content-type': 'application/json' });
    return void response.end(
      JSON.stringify({ id, type: 'message_batch', processing_status: 'ended', request_counts: counts, results_url: `${origin}/v1/messages/batches/${id}/results` }),
    );
  }
  response.writeHead(200, { 'content-type': 'application/binary' });
  for (let index = 0; index < 3; index++) {
    const message = { id: `msg_${randomUUID()}`, type: 'message', role: 'assistant', model: 'claude-test', content: [{ type: 'text', text: `answer ${index}` }], stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 3, output_tokens: 2 } };
    response.write(`${JSON.stringify({ custom_id: `request-${index}`, result: { type: 'succeeded', message } })}\n`);
    await sleep(chunkDelay);
  }
  response.end();
}

/** What the model "says": a tool call when tools are offered and none answered yet, else text. */
function reply(messages: Json[], tools: unknown[]): { text: string } | { tool: { name: string; args: string } } {
  const answered = messages.find((message) => message.role === 'tool' || hasToolResult(message));
  if (tools.length > 0 && !answered) {
    const first = tools[0] as Json;
    const name = String((first.function as Json | undefined)?.name ?? first.name ?? 'tool');
    return { tool: { name, args: JSON.stringify({ city: 'Paris' }) } };
  }
  if (answered) return { text: `The tool said: ${toolResultText(answered)}.` };
  const last = messages[messages.length - 1];
  return { text: `Echo: ${contentOf(last?.content)}` };
}

function hasToolResult(message: Json): boolean {
  return Array.isArray(message.content) && message.content.some((block: Json) => block.type === 'tool_result');
}

function toolResultText(message: Json): string {
  if (typeof message.content === 'string') return message.content;
  const block = (message.content as Json[]).find((item) => item.type === 'tool_result');
  return contentOf(block?.content);
}

function contentOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((part: Json) => String(part.text ?? part.content ?? '')).join('');
  return '';
}

function words(text: string): string[] {
  return text.match(/\S+\s*/g) ?? [text];
}

async function chatCompletions(body: Json, response: ServerResponse, chunkDelay: number): Promise<void> {
  const id = `chatcmpl-${randomUUID()}`;
  const created = Math.floor(Date.now() / 1000);
  const model = String(body.model);
  const answer = reply((body.messages as Json[]) ?? [], (body.tools as unknown[]) ?? []);
  const usage = { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 };
  if (!body.stream) {
    const message =
      'text' in answer
        ? { role: 'assistant', content: answer.text }
        : {
            role: 'assistant',
            content: null,
            tool_calls: [{ id: `call_${randomUUID().slice(0, 8)}`, type: 'function', function: { name: answer.tool.name, arguments: answer.tool.args } }],
          };
    const finish = 'text' in answer ? 'stop' : 'tool_calls';
    response.writeHead(200, { 'content-type': 'application/json', 'x-request-id': randomUUID() });
    return void response.end(JSON.stringify({ id, object: 'chat.completion', created, model, choices: [{ index: 0, message, finish_reason: finish }], usage }));
  }
  const chunk = (delta: Json, finish: string | null = null, extra: Json = {}) =>
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`;
  const events: string[] = [chunk({ role: 'assistant', content: '' })];
  if ('text' in answer) {
    for (const word of words(answer.text)) events.push(chunk({ content: word }));
    events.push(chunk({}, 'stop'));
  } else {
    const callId = `call_${randomUUID().slice(0, 8)}`;
    const half = Math.floor(answer.tool.args.length / 2);
    events.push(chunk({ tool_calls: [{ index: 0, id: callId, type: 'function', function: { name: answer.tool.name, arguments: '' } }] }));
    events.push(chunk({ tool_calls: [{ index: 0, function: { arguments: answer.tool.args.slice(0, half) } }] }));
    events.push(chunk({ tool_calls: [{ index: 0, function: { arguments: answer.tool.args.slice(half) } }] }));
    events.push(chunk({}, 'tool_calls'));
  }
  if ((body.stream_options as Json | undefined)?.include_usage) {
    events.push(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage })}\n\n`);
  }
  events.push('data: [DONE]\n\n');
  await streamEvents(response, events, chunkDelay);
}

async function responses(body: Json, response: ServerResponse, chunkDelay: number): Promise<void> {
  const id = `resp_${randomUUID()}`;
  const model = String(body.model);
  const input = typeof body.input === 'string' ? [{ role: 'user', content: body.input }] : ((body.input as Json[]) ?? []);
  const toolOutput = input.find((item) => item.type === 'function_call_output');
  const answer =
    toolOutput !== undefined
      ? { text: `The tool said: ${String(toolOutput.output)}.` }
      : reply(input.filter((item) => item.role !== undefined), (body.tools as unknown[]) ?? []);
  const output =
    'text' in answer
      ? [{ type: 'message', id: `msg_${randomUUID()}`, role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: answer.text, annotations: [] }] }]
      : [{ type: 'function_call', id: `fc_${randomUUID()}`, call_id: `call_${randomUUID().slice(0, 8)}`, name: answer.tool.name, arguments: answer.tool.args, status: 'completed' }];
  const whole = {
    id,
    object: 'response',
    created_at: Math.floor(Date.now() / 1000),
    status: 'completed',
    model,
    output,
    usage: { input_tokens: 9, output_tokens: 5, total_tokens: 14 },
  };
  if (!body.stream) {
    response.writeHead(200, { 'content-type': 'application/json' });
    return void response.end(JSON.stringify(whole));
  }
  const event = (type: string, data: Json) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
  const events = [event('response.created', { response: { ...whole, status: 'in_progress', output: [] } })];
  if ('text' in answer) {
    for (const word of words(answer.text)) events.push(event('response.output_text.delta', { output_index: 0, content_index: 0, delta: word }));
  }
  events.push(event('response.completed', { response: whole }));
  await streamEvents(response, events, chunkDelay);
}

async function anthropicMessages(body: Json, response: ServerResponse, chunkDelay: number): Promise<void> {
  const id = `msg_${randomUUID()}`;
  const model = String(body.model);
  const answer = reply((body.messages as Json[]) ?? [], (body.tools as unknown[]) ?? []);
  const usage = { input_tokens: 12, output_tokens: 6 };
  const content =
    'text' in answer
      ? [{ type: 'text', text: answer.text }]
      : [{ type: 'tool_use', id: `toolu_${randomUUID().slice(0, 8)}`, name: answer.tool.name, input: JSON.parse(answer.tool.args) as unknown }];
  const stopReason = 'text' in answer ? 'end_turn' : 'tool_use';
  if (!body.stream) {
    response.writeHead(200, { 'content-type': 'application/json' });
    return void response.end(JSON.stringify({ id, type: 'message', role: 'assistant', model, content, stop_reason: stopReason, stop_sequence: null, usage }));
  }
  const event = (type: string, data: Json) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
  const events = [event('message_start', { message: { id, type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 12, output_tokens: 1 } } })];
  if ('text' in answer) {
    events.push(event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }));
    for (const word of words(answer.text)) events.push(event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: word } }));
  } else {
    const block = content[0] as Json;
    events.push(event('content_block_start', { index: 0, content_block: { type: 'tool_use', id: block.id, name: block.name, input: {} } }));
    events.push(event('content_block_delta', { index: 0, delta: { type: 'input_json_delta', partial_json: answer.tool.args } }));
  }
  events.push(event('content_block_stop', { index: 0 }));
  events.push(event('message_delta', { delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: 6 } }));
  events.push(event('message_stop', {}));
  await streamEvents(response, events, chunkDelay);
}

/** Writes the events `chunkDelay` apart and closes the stream with the last one, as the real APIs do. */
async function streamEvents(response: ServerResponse, events: string[], chunkDelay: number): Promise<void> {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  for (const [index, event] of events.entries()) {
    if (index > 0) await sleep(chunkDelay);
    response.write(event);
  }
  response.end();
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
