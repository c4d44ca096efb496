// Clean: the same creates on the bare App's clients (@octokit/core, no plugin-retry), and a read.
import { bareApp, installationClient } from './github';

export async function publishDigest(installationId: number, body: string) {
  const client = await installationClient(installationId);
  await client.rest.issues.create({ owner: 'acme', repo: 'news', title: 'Weekly digest', body }); // expect: unkeyed-retry
  await client.rest.issues.listForRepo({ owner: 'acme', repo: 'news' });
}

export async function publishWithoutRetries(installationId: number, body: string) {
  const bare = await bareApp.getInstallationOctokit(installationId);
  await bare.rest.issues.create({ owner: 'acme', repo: 'news', title: 'Weekly digest', body });
  await bareApp.octokit.rest.issues.create({ owner: 'acme', repo: 'ops', title: 'Digest sent' });
}
