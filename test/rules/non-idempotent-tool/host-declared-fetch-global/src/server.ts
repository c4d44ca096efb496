// Tools whose writes go through the host's declared fetch globals: a new ticket and a new note per call are reported;
// a setting stored and a job looked up through declared globals that are not fetch-shaped are not requests.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { notesCall, trackerCall } from './tracker.js';

const server = new McpServer({ name: 'host-tools', version: '1.0.0' });

server.tool('open_ticket', { title: z.string() }, async ({ title }) => {
  const res = await trackerCall('/tickets', 'POST', { title }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: res.body }] };
});

server.tool('add_note', { text: z.string() }, async ({ text }) => {
  const res = await notesCall('/notes', 'POST', { text }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: res.body }] };
});

server.tool('ticket_status', { id: z.string() }, async ({ id }) => {
  const res = await trackerCall(`/tickets/${id}`);
  return { content: [{ type: 'text', text: res.body }] };
});

server.tool('save_setting', { key: z.string(), value: z.string() }, async ({ key, value }) => {
  await settings.put(`https://settings/${key}`, { value });
  return { content: [{ type: 'text', text: 'saved' }] };
});

server.tool('rerun_job', { id: z.number() }, async ({ id }) => {
  const job = await jobs.fetch(id, { method: 'POST', body: '{}' });
  return { content: [{ type: 'text', text: job.body }] };
});
