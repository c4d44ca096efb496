// The app's API client: every request goes through @trigger.dev/core's wrapZodFetch(schema, url, init), which
// makes one fetch with that URL and init.
import { wrapZodFetch } from '@trigger.dev/core/v3/zodfetch';
import { z } from 'zod';

const Project = z.object({ id: z.string(), name: z.string() });
const AuthorizationCode = z.object({ code: z.string() });

export class ProjectsClient {
  constructor(private readonly apiUrl: string, private readonly token: string) {}

  createProject(org: string, body: { name: string }) {
    return wrapZodFetch(Project, `${this.apiUrl}/api/v1/orgs/${org}/projects`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}` },
      body: JSON.stringify(body),
    });
  }

  listProjects() {
    return wrapZodFetch(z.array(Project), `${this.apiUrl}/api/v1/projects`, { headers: { authorization: `Bearer ${this.token}` } });
  }

  createAuthorizationCode() {
    return wrapZodFetch(AuthorizationCode, `${this.apiUrl}/api/v1/authorization-code`, { method: 'POST' });
  }
}
