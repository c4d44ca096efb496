// The handler table: one function per tool name. Writes go through the project's client facade, typed by
// the factory that makes it (Api = ReturnType<typeof createPlatformClient>).
import type { Api } from './platform-client.js';

export type ToolHandler = (args: { params: Record<string, string> }, client: Api<unknown>) => Promise<{ content: Array<{ type: 'text'; text: string }> }>;

async function handleCreateProject(name: string, client: Api<unknown>) {
  const response = await client.createProject({ project: { name } });
  return response.data;
}

async function sendTestEmail(client: Api<unknown>, projectId: string, to: string) {
  await client.sendTestEmail(projectId, to);
}

/** One tool, several operations: most set a field, one sends an email. The call is reported for the email. */
async function handleConfigureAuth(operation: 'set_localhost' | 'send_test_email', projectId: string, client: Api<unknown>) {
  switch (operation) {
    case 'set_localhost':
      return client.allowLocalhost(projectId, true);
    case 'send_test_email':
      return client.sendTestEmail(projectId, 'ops@example.com');
  }
}

export const HANDLERS = {
  create_project: async ({ params }, client) => {
    const project = await handleCreateProject(params.name!, client); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: JSON.stringify(project) }] };
  },
  list_projects: async (_args, client) => {
    const projects = await client.listProjects();
    return { content: [{ type: 'text', text: JSON.stringify(projects) }] };
  },
  delete_project: async ({ params }, client: Api<unknown>) => {
    await client.deleteProject(params.projectId!); // expect: non-idempotent-tool confidence=low
    return { content: [{ type: 'text', text: 'deleted' }] };
  },
  send_test_email: async ({ params }, client) => {
    await sendTestEmail(client, params.projectId!, params.to!); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: 'sent' }] };
  },
  configure_auth: async ({ params }, client) => {
    await handleConfigureAuth(params.operation as 'set_localhost', params.projectId!, client); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: 'configured' }] };
  },
} satisfies Record<string, ToolHandler>;

/** Scheduled reports, picked by a mode: not tools, whatever they do. */
export const REPORTS = {
  daily: async (client: Api<unknown>) => client.createProject({ project: { name: 'daily-report' } }),
  weekly: async (client: Api<unknown>) => client.createProject({ project: { name: 'weekly-report' } }),
};
