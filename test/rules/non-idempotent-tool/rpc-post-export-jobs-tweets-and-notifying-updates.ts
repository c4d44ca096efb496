// Where an RPC-style path's action words do not decide alone. `export` followed by more of the path is a collection of
// exports whose action comes after it: requesting an export, or exporting a whole segment, starts a job the service runs
// and stores (README question 61); downloading the prepared export, or exporting the users the body lists by id, reads.
// Twitter's v1.1 `statuses/update` posts a tweet. An update that carries a notification pushes it to the person again on
// every repeat (README question 134); the same update without one sets fields (low confidence at most).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const server = new McpServer({ name: 'engagement', version: '1.0.0' });

async function platform(path: string, body: Record<string, unknown>) {
  const response = await fetch(`${process.env.PLATFORM_URL}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${process.env.PLATFORM_KEY}` },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
}

server.tool('export_request', {}, async () => {
  const job = await platform('/user/export/request', {}); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(job) }] };
});

server.tool('export_segment', { segmentId: z.string() }, async ({ segmentId }) => {
  const job = await platform('/users/export/segment', { segment_id: segmentId }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(job) }] };
});

server.tool('export_download', {}, async () => {
  const file = await platform('/user/export/download', {});
  return { content: [{ type: 'text', text: JSON.stringify(file) }] };
});

server.tool('export_users', { ids: z.array(z.string()) }, async ({ ids }) => {
  const users = await platform('/users/export/ids', { external_ids: ids });
  return { content: [{ type: 'text', text: JSON.stringify(users) }] };
});

server.tool('page_export', { docId: z.string(), page: z.string() }, async ({ docId, page }) => {
  const content = await platform(`/docs/${docId}/pages/${page}/export`, { outputFormat: 'markdown' });
  return { content: [{ type: 'text', text: JSON.stringify(content) }] };
});

server.tool('tweet', { status: z.string() }, async ({ status }) => {
  const tweet = await platform('/1.1/statuses/update.json', { status }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(tweet) }] };
});

server.tool('activity_update_with_alert', { activityId: z.string(), state: z.record(z.unknown()), alert: z.object({ title: z.string() }).optional() }, async ({ activityId, state, alert }) => {
  const done = await platform('/messages/live_activity/update', { activity_id: activityId, content_state: state, notification: { alert } }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(done) }] };
});

server.tool('activity_update', { activityId: z.string(), state: z.record(z.unknown()) }, async ({ activityId, state }) => {
  const done = await platform('/messages/live_activity/update', { activity_id: activityId, content_state: state }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(done) }] };
});
