// A GitHub App's installation clients are made by @octokit/app from the class its options name (src/index.ts:
// `options.Octokit || OctokitCore`; src/get-installation-octokit.ts: `new auth.octokit.constructor(…)`). Handed the
// `octokit` package's Octokit, which bundles @octokit/plugin-retry, they re-send a failed create with no key — also
// through a factory whose written type is a project alias and that caches what it made.
import { App } from '@octokit/app';
import { Octokit } from 'octokit';

export type InstallationClient = Octokit;

let cached: { id: number; client: InstallationClient } | undefined;

export async function installationClient(installationId: number): Promise<InstallationClient> {
  if (cached?.id === installationId) return cached.client;
  const app = new App({ appId: 1234, privateKey: process.env.GITHUB_APP_KEY ?? '', Octokit });
  const client = (await app.getInstallationOctokit(installationId)) as unknown as InstallationClient;
  cached = { id: installationId, client };
  return client;
}

// No `Octokit` option: @octokit/core's bare Octokit, no retry plugin.
export const bareApp = new App({ appId: 1234, privateKey: process.env.GITHUB_APP_KEY ?? '' });
