// The backup tool reads its session, which may refresh the access token on the way (clean: a token request) and then creates a backup (a finding);
// connecting an account exchanges a code (clean); granting a role posts a new grant (a finding).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { exchangeCode, grantRole } from './auth.js';
import { sessionStore } from './sessions.js';

const API = 'https://api.hosting.example.com/v2';
const server = new McpServer({ name: 'hosting', version: '1.0.0' });

server.registerTool(
  'create_backup',
  { description: 'Back up a project', inputSchema: { projectId: z.string(), sessionId: z.string() } },
  async ({ projectId, sessionId }) => {
    const session = await sessionStore.getSession(sessionId);
    if (!session) return { content: [{ type: 'text', text: 'sign in first' }] };
    const res = await fetch(`${API}/projects/${projectId}/backups`, { // expect: non-idempotent-tool
      method: 'POST',
      headers: { authorization: `Bearer ${session.accessToken}` },
      signal: AbortSignal.timeout(10_000),
    });
    return { content: [{ type: 'text', text: await res.text() }] };
  },
);

server.registerTool(
  'connect_account',
  { description: 'Connect an account with an authorization code', inputSchema: { code: z.string() } },
  async ({ code }) => {
    const token = await exchangeCode(code);
    return { content: [{ type: 'text', text: token ? 'connected' : 'failed' }] };
  },
);

server.registerTool(
  'grant_member_role',
  { description: 'Give a member a role', inputSchema: { memberId: z.string(), role: z.string() } },
  async ({ memberId, role }) => ({ content: [{ type: 'text', text: await grantRole(memberId, role) }] }), // expect: non-idempotent-tool
);
