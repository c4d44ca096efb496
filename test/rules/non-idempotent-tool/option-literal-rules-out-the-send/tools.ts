// The quota check raises a MEDIUM alert, which the alert helper's `severity === 'CRITICAL' || … 'HIGH'` branch never
// pages for (clean); the escalation tool raises a HIGH one, which pages each call (a finding).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { raiseAlert } from './alerts.js';

const server = new McpServer({ name: 'quota', version: '1.0.0' });
const used = new Map<string, number>();

function checkQuota(user: string): boolean {
  const count = used.get(user) ?? 0;
  if (count >= 100) {
    void raiseAlert({ severity: 'MEDIUM', title: `quota reached for ${user}` });
    return false;
  }
  return true;
}

server.registerTool('lookup_user', { inputSchema: { user: z.string() } }, async ({ user }) => {
  const allowed = checkQuota(user);
  return { content: [{ type: 'text', text: allowed ? `${user}: ok` : `${user}: over quota` }] };
});

server.registerTool('escalate', { inputSchema: { title: z.string() } }, async ({ title }) => {
  await raiseAlert({ severity: 'HIGH', title }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'escalated' }] };
});
