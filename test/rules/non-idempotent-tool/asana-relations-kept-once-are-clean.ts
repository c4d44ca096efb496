// Asana tools: adding a tag, a dependency or a project to a task sets a relation the task keeps once
// (README question 27: a repeat adds nothing new); creating a task makes a new one each call.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import Asana from 'asana';
import { z } from 'zod';

const tasks = new Asana.TasksApi();

export function register(server: McpServer) {
  server.tool('asana_add_tag_to_task', { taskId: z.string(), tagId: z.string() }, async ({ taskId, tagId }) => {
    await tasks.addTagForTask({ data: { tag: tagId } }, taskId);
    return { content: [{ type: 'text', text: 'tagged' }] };
  });

  server.tool('asana_add_task_dependencies', { taskId: z.string(), dependencies: z.array(z.string()) }, async ({ taskId, dependencies }) => {
    await tasks.addDependenciesForTask({ data: { dependencies } }, taskId);
    return { content: [{ type: 'text', text: 'linked' }] };
  });

  server.tool('asana_create_task', { workspace: z.string(), name: z.string() }, async ({ workspace, name }) => {
    const created = await tasks.createTask({ data: { workspace, name } }, {}); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: created.data.gid }] };
  });
}
