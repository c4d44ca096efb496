#!/usr/bin/env node
// A stand-in for the OpenAI API on 127.0.0.1, for trying `agentvet record` and `replay` offline.
// Speaks chat completions like the real API (JSON or SSE streaming, tool calls, usage), with fresh
// ids and timestamps on every call. PORT chooses the port (default 4010; 0 picks a free one).
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

const port = Number(process.env.PORT ?? 4010);

const server = createServer(async (request, response) => {
  let text = '';
  for await (const chunk of request) text += chunk;
  if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: { message: `no route for ${request.method} ${request.url}` } }));
    return;
  }
  const body = JSON.parse(text);
  const answer = decide(body);
  const id = `chatcmpl-${randomUUID()}`;
  const created = Math.floor(Date.now() / 1000);
  const usage = { prompt_tokens: 42 + body.messages.length * 9, completion_tokens: 17, total_tokens: 59 + body.messages.length * 9 };
  if (!body.stream) {
    const message = answer.toolCall
      ? { role: 'assistant', content: null, tool_calls: [{ id: answer.toolCall.id, type: 'function', function: answer.toolCall.function }] }
      : { role: 'assistant', content: answer.text };
    response.writeHead(200, { 'content-type': 'application/json', 'x-request-id': `req_${randomUUID()}` });
    response.end(JSON.stringify({ id, object: 'chat.completion', created, model: body.model, choices: [{ index: 0, message, finish_reason: answer.toolCall ? 'tool_calls' : 'stop' }], usage }));
    return;
  }
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'x-request-id': `req_${randomUUID()}` });
  const send = (delta, finish = null, extra = {}) =>
    response.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: body.model, choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`);
  send({ role: 'assistant', content: '' });
  if (answer.toolCall) {
    const args = answer.toolCall.function.arguments;
    send({ tool_calls: [{ index: 0, id: answer.toolCall.id, type: 'function', function: { name: answer.toolCall.function.name, arguments: '' } }] });
    for (const piece of [args.slice(0, 8), args.slice(8)]) {
      await pause();
      send({ tool_calls: [{ index: 0, function: { arguments: piece } }] });
    }
    send({}, 'tool_calls');
  } else {
    for (const word of answer.text.match(/\S+\s*/g)) {
      await pause();
      send({ content: word });
    }
    send({}, 'stop');
  }
  if (body.stream_options?.include_usage) {
    response.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: body.model, choices: [], usage })}\n\n`);
  }
  response.end('data: [DONE]\n\n');
});

/** The "model": ask for the weather tool first, then answer from what it returned. */
function decide(body) {
  const toolResult = body.messages.findLast((message) => message.role === 'tool');
  const question = body.messages.findLast((message) => message.role === 'user')?.content ?? '';
  if (!toolResult && body.tools?.length) {
    const city = /in ([A-Z][a-zA-Z]+)/.exec(question)?.[1] ?? 'Paris';
    return { toolCall: { id: `call_${randomUUID().slice(0, 12)}`, function: { name: 'get_weather', arguments: JSON.stringify({ city }) } } };
  }
  const weather = toolResult ? JSON.parse(toolResult.content) : null;
  if (!weather) return { text: 'I can only help with the weather.' };
  const advice = weather.temperature_c < 18 ? 'Take a light jacket.' : 'A T-shirt will do.';
  return { text: `It is ${weather.temperature_c}°C in ${weather.city}. ${advice}` };
}

function pause() {
  return new Promise((resolve) => setTimeout(resolve, 30 + Math.random() * 40));
}

server.listen(port, '127.0.0.1', () => {
  console.log(`stub OpenAI API listening on http://127.0.0.1:${server.address().port}/v1`);
});
