// "A session or credential a client obtains to authenticate is not the tool's side effect" (README question 6):
// read-only tools that log in (or refresh the session) before a GET are clean; the login is the client's. A tool that
// creates a post is a finding, whatever the login before it. A trading client's get-or-create of its API credential
// (`createOrDeriveApiKey` derives the existing key when there is one) is no write either; placing an order is.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ClobClient } from '@example-exchange/clob-client';
import { z } from 'zod';
import { xrpc } from './session.js';

const server = new McpServer({ name: 'social', version: '1.0.0' });
const clob = new ClobClient(process.env.CLOB_HOST!);

server.tool('get_timeline', { limit: z.number().optional() }, async ({ limit }) => {
  const feed = await xrpc(`app.example.feed.getTimeline?limit=${limit ?? 20}`);
  return { content: [{ type: 'text', text: JSON.stringify(feed) }] };
});

server.tool('create_post', { text: z.string() }, async ({ text }) => {
  const post = await xrpc('com.example.repo.createRecord', { method: 'POST', body: { collection: 'app.example.feed.post', record: { text } } }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(post) }] };
});

server.tool('get_order_book', { tokenId: z.string() }, async ({ tokenId }) => {
  await clob.createOrDeriveApiKey();
  return { content: [{ type: 'text', text: JSON.stringify(await clob.getOrderBook(tokenId)) }] };
});

server.tool('place_order', { tokenId: z.string(), price: z.number(), size: z.number() }, async ({ tokenId, price, size }) => {
  await clob.createOrDeriveApiKey();
  const order = await clob.postOrder({ tokenID: tokenId, price, size }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(order) }] };
});
