// The `octokit` package's Octokit comes with @octokit/plugin-retry applied (test/corpus/README.md question 40;
// octokit's src/octokit.ts): an issue it creates is re-sent after a 5xx with no key. The same client with
// `retry: { enabled: false }`, and @octokit/rest's Octokit (no plugin), are clean.
import { Octokit } from 'octokit';
import { Octokit as RestOctokit } from '@octokit/rest';

const github = new Octokit({ auth: process.env.GITHUB_TOKEN });
const quiet = new Octokit({ auth: process.env.GITHUB_TOKEN, retry: { enabled: false } });
const rest = new RestOctokit({ auth: process.env.GITHUB_TOKEN });

export async function fileBug(title: string, body: string): Promise<number> {
  const { data } = await github.rest.issues.create({ owner: 'acme', repo: 'widgets', title, body }); // expect: unkeyed-retry
  return data.number;
}

export async function fileBugQuietly(title: string, body: string): Promise<number> {
  const { data } = await quiet.rest.issues.create({ owner: 'acme', repo: 'widgets', title, body });
  return data.number;
}

export async function fileBugPlainly(title: string, body: string): Promise<number> {
  const { data } = await rest.issues.create({ owner: 'acme', repo: 'widgets', title, body });
  return data.number;
}

// A repository name is unique per owner: a re-sent create is refused (422), and a merged pull request cannot be
// merged again — the plugin's re-sends repeat nothing (test/corpus/README.md questions 19 and 32).
export async function createRepository(name: string): Promise<string> {
  const { data } = await github.rest.repos.createInOrg({ org: 'acme', name });
  return data.full_name;
}

export async function mergeRelease(pullNumber: number): Promise<string> {
  const { data } = await github.rest.pulls.merge({ owner: 'acme', repo: 'widgets', pull_number: pullNumber });
  return data.sha;
}
