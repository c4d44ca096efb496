// README question 19 (uniqueness the server enforces is a key): an Auth0 API (resource server) is created under an
// `identifier`, its audience, which the tenant keeps unique (`knowledge/vendor-writes.ts`), so a repeat is refused —
// clean when the call passes it. An application create has no such key: a repeat makes a second application.
import { ManagementClient } from 'auth0';
import { tool } from 'ai';
import { z } from 'zod';

const management = new ManagementClient({ domain: 'tenant.example.com', clientId: 'id', clientSecret: 'secret' });

export const createApi = tool({
  description: 'Register an API in the tenant',
  inputSchema: z.object({ name: z.string(), identifier: z.string() }),
  execute: async ({ name, identifier }) => {
    const { data } = await management.resourceServers.create({ name, identifier });
    return data.id;
  },
});

export const createApplication = tool({
  description: 'Create an application',
  inputSchema: z.object({ name: z.string() }),
  execute: async ({ name }) => {
    const { data } = await management.clients.create({ name, app_type: 'regular_web' }); // expect: non-idempotent-tool
    return data.client_id;
  },
});
