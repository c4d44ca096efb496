// AT Protocol records a repository keeps one of per account and subject: a like, a repost, a follow written with
// `com.atproto.repo.createRecord` — Bluesky's AppView indexes one per creator and subject (a second is recorded as a
// duplicate and counted once), so a repeat shows nothing new (README question 27); a record deleted by its rkey is gone
// after the first call (question 5: low); a record put under its rkey (`putRecord`) is written again as it was. A post is
// a new record every call: a finding.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const PDS = 'https://bsky.social';

async function xrpc(url: string, init: RequestInit): Promise<Response> {
  return fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
}

function authed() {
  return { Authorization: `Bearer ${process.env.BSKY_JWT}`, 'Content-Type': 'application/json' };
}

const server = new McpServer({ name: 'sky', version: '1.0.0' });

server.tool('like', { uri: z.string(), cid: z.string() }, async ({ uri, cid }) => {
  await xrpc(`${PDS}/xrpc/com.atproto.repo.createRecord`, {
    method: 'POST',
    headers: authed(),
    body: JSON.stringify({ repo: process.env.BSKY_DID, collection: 'app.bsky.feed.like', record: { subject: { uri, cid }, createdAt: new Date().toISOString() } }),
  });
  return { content: [{ type: 'text', text: 'liked' }] };
});

server.tool('boost', { uri: z.string(), cid: z.string() }, async ({ uri, cid }) => {
  await xrpc(`${PDS}/xrpc/com.atproto.repo.createRecord`, {
    method: 'POST',
    headers: authed(),
    body: JSON.stringify({ repo: process.env.BSKY_DID, collection: 'app.bsky.feed.repost', record: { subject: { uri, cid }, createdAt: new Date().toISOString() } }),
  });
  return { content: [{ type: 'text', text: 'reposted' }] };
});

server.tool('follow', { did: z.string() }, async ({ did }) => {
  const res = await fetch(`${PDS}/xrpc/com.atproto.repo.createRecord`, {
    method: 'POST',
    headers: authed(),
    body: JSON.stringify({ repo: process.env.BSKY_DID, collection: 'app.bsky.graph.follow', record: { subject: did, createdAt: new Date().toISOString() } }),
    signal: AbortSignal.timeout(15_000),
  });
  return { content: [{ type: 'text', text: await res.text() }] };
});

server.tool('unfollow', { rkey: z.string() }, async ({ rkey }) => {
  await xrpc(`${PDS}/xrpc/com.atproto.repo.deleteRecord`, { // expect: non-idempotent-tool confidence=low
    method: 'POST',
    headers: authed(),
    body: JSON.stringify({ repo: process.env.BSKY_DID, collection: 'app.bsky.graph.follow', rkey }),
  });
  return { content: [{ type: 'text', text: 'unfollowed' }] };
});

server.tool('set_profile', { name: z.string() }, async ({ name }) => {
  await xrpc(`${PDS}/xrpc/com.atproto.repo.putRecord`, {
    method: 'POST',
    headers: authed(),
    body: JSON.stringify({ repo: process.env.BSKY_DID, collection: 'app.bsky.actor.profile', rkey: 'self', record: { displayName: name } }),
  });
  return { content: [{ type: 'text', text: 'saved' }] };
});

server.tool('post', { text: z.string() }, async ({ text }) => {
  await xrpc(`${PDS}/xrpc/com.atproto.repo.createRecord`, { // expect: non-idempotent-tool
    method: 'POST',
    headers: authed(),
    body: JSON.stringify({ repo: process.env.BSKY_DID, collection: 'app.bsky.feed.post', record: { text, createdAt: new Date().toISOString() } }),
  });
  return { content: [{ type: 'text', text: 'posted' }] };
});
