// Tools written as plain objects ({ name, description, inputSchema, handler }); register.ts hands them to the MCP
// server in a loop. Creating a project POSTs with no key: reported. Listing is a read: clean.
import { z } from 'zod';
import { toolHandler } from '../handler.js';

const CreateProjectInput = z.object({ org: z.string(), name: z.string() });
const ListProjectsInput = z.object({});

export const createProjectTool = {
  name: 'create_project',
  description: 'Create a project in an organization',
  inputSchema: CreateProjectInput.shape,
  handler: toolHandler(CreateProjectInput.shape, async (input, { ctx }) => {
    const client = await ctx.getApiClient();
    const project = await client.createProject(input.org, { name: input.name }); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: JSON.stringify(project) }] };
  }),
};

export const listProjectsTool = {
  name: 'list_projects',
  description: 'List the projects you can see',
  inputSchema: ListProjectsInput.shape,
  handler: toolHandler(ListProjectsInput.shape, async (_input, { ctx }) => {
    const client = await ctx.getApiClient();
    const projects = await client.listProjects();
    return { content: [{ type: 'text', text: JSON.stringify(projects) }] };
  }),
};
