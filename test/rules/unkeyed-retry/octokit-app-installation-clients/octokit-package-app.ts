// The `octokit` package's App defaults to that package's Octokit (octokit.js src/app.ts: `DefaultApp.defaults({ Octokit
// })`), plugin-retry included: its own `octokit` and its installation clients re-send a create with no key.
import { App } from 'octokit';

const app = new App({ appId: 99, privateKey: process.env.GITHUB_APP_KEY ?? '' });

export async function openTrackingIssue(installationId: number, title: string) {
  const installation = await app.getInstallationOctokit(installationId);
  await installation.rest.issues.create({ owner: 'acme', repo: 'tracker', title }); // expect: unkeyed-retry
  await app.octokit.rest.issues.create({ owner: 'acme', repo: 'tracker', title: `${title} (app)` }); // expect: unkeyed-retry
}
