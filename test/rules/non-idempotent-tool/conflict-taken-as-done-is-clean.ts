// A create the server refuses to duplicate, whose conflict the tool takes as "already done" (`if (error.status ===
// 409) return existing`), repeats nothing new (test/corpus/README.md question 6) — clean. Its twin that reports any
// failure as an error creates a second project when the first call's response was lost.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ProjectsClient } from '@acme/projects-sdk';
import { z } from 'zod';

const server = new McpServer({ name: 'projects', version: '1.0.0' });
const projects = new ProjectsClient({ apiKey: process.env.PROJECTS_API_KEY });

server.tool('enable_auth', { projectId: z.string() }, async ({ projectId }) => {
  try {
    const auth = await projects.createAuthIntegration(projectId, { provider: 'better-auth' });
    return { content: [{ type: 'text', text: auth.id }] };
  } catch (error) {
    if ((error as { status?: number }).status === 409) {
      const existing = await projects.getAuthIntegration(projectId);
      return { content: [{ type: 'text', text: `already enabled: ${existing.id}` }] };
    }
    throw error;
  }
});

server.tool('create_project', { name: z.string() }, async ({ name }) => {
  try {
    const project = await projects.createProject({ name }); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: project.id }] };
  } catch (error) {
    return { isError: true, content: [{ type: 'text', text: `could not create the project: ${String(error)}` }] };
  }
});

// The same create behind the project's own client wrapper: the conflict is taken as done where the tool calls the
// wrapper, so the create it reaches repeats nothing — clean; the wrapper's other create, whose failure the tool only
// reports, is a finding at the tool's call.
const api = {
  async createDataIntegration(projectId: string) {
    return projects.createDataIntegration(projectId, { provider: 'rest' });
  },
  async createWebhook(projectId: string, url: string) {
    return projects.createWebhook(projectId, { url });
  },
};

server.tool('enable_data_api', { projectId: z.string() }, async ({ projectId }) => {
  try {
    await api.createDataIntegration(projectId);
  } catch (error) {
    if ((error as { status?: number }).status === 409) return { content: [{ type: 'text', text: 'already enabled' }] };
    throw error;
  }
  return { content: [{ type: 'text', text: 'enabled' }] };
});

server.tool('add_webhook', { projectId: z.string(), url: z.string() }, async ({ projectId, url }) => {
  try {
    await api.createWebhook(projectId, url); // expect: non-idempotent-tool
  } catch (error) {
    return { isError: true, content: [{ type: 'text', text: `could not add the webhook: ${String(error)}` }] };
  }
  return { content: [{ type: 'text', text: 'added' }] };
});
