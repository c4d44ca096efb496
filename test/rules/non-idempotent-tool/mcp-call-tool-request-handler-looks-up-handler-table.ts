// A low-level MCP server whose `setRequestHandler(CallToolRequestSchema, …)` looks the tool up in a table by
// `request.params.name` and calls it: every function in the table is a tool handler. open_incident creates
// a PagerDuty-style incident with a POST (finding); ack_incident PUTs the acknowledgement to the incident's
// own URL and get_incident reads (clean). The Express admin app in the same file indexes its own table with
// `req.params.name`: a person's HTTP request, not a model's tool call, so its POST stays clean.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import express from 'express';

const INCIDENTS = 'https://incidents.example.com/api/v1';

type ToolResult = { content: Array<{ type: 'text'; text: string }> };
const text = (value: string): ToolResult => ({ content: [{ type: 'text', text: value }] });

async function openIncident(args: { service: string; title: string }): Promise<ToolResult> {
  const res = await fetch(`${INCIDENTS}/incidents`, { // expect: non-idempotent-tool
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ service: args.service, title: args.title, urgency: 'high' }),
    signal: AbortSignal.timeout(10_000),
  });
  return text(`incident ${(await res.json()).id} opened`);
}

async function ackIncident(args: { incidentId: string }): Promise<ToolResult> {
  const res = await fetch(`${INCIDENTS}/incidents/${args.incidentId}/acknowledgement`, {
    method: 'PUT',
    body: JSON.stringify({ acknowledged: true }),
    signal: AbortSignal.timeout(10_000),
  });
  return text(res.ok ? 'acknowledged' : `failed: ${res.status}`);
}

async function getIncident(args: { incidentId: string }): Promise<ToolResult> {
  const res = await fetch(`${INCIDENTS}/incidents/${args.incidentId}`, { signal: AbortSignal.timeout(5_000) });
  return text(await res.text());
}

const incidentTools: Record<string, (args: any) => Promise<ToolResult>> = {
  open_incident: openIncident,
  ack_incident: ackIncident,
  get_incident: getIncident,
};

const server = new Server({ name: 'incident-desk', version: '1.2.0' }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const run = incidentTools[request.params.name];
  if (!run) throw new Error(`unknown tool ${request.params.name}`);
  return run(request.params.arguments ?? {});
});

// Admin endpoints for the on-call dashboard.
const adminActions: Record<string, (body: any) => Promise<unknown>> = {
  'rotate-schedule': async (body) =>
    fetch(`${INCIDENTS}/schedules/rotations`, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) }),
};

const app = express();
app.use(express.json());
app.post('/admin/:name', async (req, res) => {
  const action = adminActions[req.params.name];
  if (!action) return res.status(404).end();
  res.json(await action(req.body));
});

export { server, app };
