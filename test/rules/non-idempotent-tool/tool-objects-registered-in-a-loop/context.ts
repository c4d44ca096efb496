// What every tool handler gets: the app context, which makes API clients (logging in first if needed: minting an
// authorization code creates nothing anyone would duplicate).
import { ProjectsClient } from './projects-client.js';

export class AppContext {
  private token: string | undefined;

  constructor(private readonly apiUrl: string) {}

  async getApiClient(): Promise<ProjectsClient> {
    if (!this.token) {
      const login = await new ProjectsClient(this.apiUrl, '').createAuthorizationCode();
      this.token = login.success ? login.data.code : '';
    }
    return new ProjectsClient(this.apiUrl, this.token);
  }
}
