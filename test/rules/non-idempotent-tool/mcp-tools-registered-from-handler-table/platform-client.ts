// A facade over @neon/sdk's generated operations (`raw.<operationId>`, one POST/GET/DELETE each): the
// operation's verb says whether it writes.
import { createNeonClient, raw } from '@neon/sdk';

export function createPlatformClient(apiKey: string) {
  const neon = createNeonClient({ apiKey });
  return {
    async createProject(body: { project: { name: string } }) {
      const data = await raw.createProject({ client: neon.client, body, throwOnError: true });
      return { data, status: 201 };
    },
    async listProjects() {
      const data = await raw.listProjects({ client: neon.client, throwOnError: true });
      return { data, status: 200 };
    },
    async deleteProject(projectId: string) {
      const data = await raw.deleteProject({ client: neon.client, path: { project_id: projectId }, throwOnError: true });
      return { data, status: 200 };
    },
    async allowLocalhost(projectId: string, allow: boolean) {
      const data = await raw.updateNeonAuthAllowLocalhost({ client: neon.client, path: { project_id: projectId }, body: { allow }, throwOnError: true });
      return { data, status: 200 };
    },
    async sendTestEmail(projectId: string, to: string) {
      const data = await raw.sendNeonAuthTestEmail({ client: neon.client, path: { project_id: projectId }, body: { to }, throwOnError: true });
      return { data, status: 200 };
    },
  };
}

export type PlatformClient = ReturnType<typeof createPlatformClient>;
export type Api<_Unused = unknown> = PlatformClient;
