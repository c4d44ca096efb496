// GitHub keeps these once, so a repeated tool call adds nothing: a repository name is unique per owner (a second
// create is refused), an account has one fork of a repository (a second fork call answers with the fork that
// exists), a merged pull request cannot be merged again (a field set: low confidence at most), and a file written to the path the caller names is that
// file rewritten (a repeat without the new sha is refused). A file committed under a name made fresh on each call,
// and an issue, are new records every time.
import { tool } from 'ai';
import { Octokit } from '@octokit/rest';
import { z } from 'zod';

const github = new Octokit({ auth: process.env.GITHUB_TOKEN, request: { timeout: 20_000 } });

export const createRepository = tool({
  description: 'Create a repository in the organisation',
  inputSchema: z.object({ org: z.string(), name: z.string(), private: z.boolean() }),
  execute: async ({ org, name, private: isPrivate }) => {
    const { data } = org
      ? await github.rest.repos.createInOrg({ org, name, private: isPrivate })
      : await github.rest.repos.createForAuthenticatedUser({ name, private: isPrivate });
    return data.full_name;
  },
});

export const forkRepository = tool({
  description: 'Fork a repository into your account',
  inputSchema: z.object({ owner: z.string(), repo: z.string() }),
  execute: async ({ owner, repo }) => (await github.rest.repos.createFork({ owner, repo })).data.full_name,
});

export const mergePullRequest = tool({
  description: 'Merge a pull request',
  inputSchema: z.object({ owner: z.string(), repo: z.string(), pullNumber: z.number() }),
  execute: async ({ owner, repo, pullNumber }) => (await github.rest.pulls.merge({ owner, repo, pull_number: pullNumber })).data.sha, // expect: non-idempotent-tool confidence=low
});

export const writeFile = tool({
  description: 'Create or update a file at a path',
  inputSchema: z.object({ owner: z.string(), repo: z.string(), path: z.string(), content: z.string(), sha: z.string().optional() }),
  execute: async ({ owner, repo, path, content, sha }) => {
    const { data } = await github.rest.repos.createOrUpdateFileContents({
      owner, repo, path, sha, message: `Update ${path}`, content: Buffer.from(content).toString('base64'),
    });
    return data.commit.sha;
  },
});

export const attachScreenshot = tool({
  description: 'Commit a screenshot to the repository and link it in an issue',
  inputSchema: z.object({ owner: z.string(), repo: z.string(), issue: z.number(), pngBase64: z.string() }),
  execute: async ({ owner, repo, issue, pngBase64 }) => {
    const path = `screenshots/shot-${Date.now()}.png`;
    await github.rest.repos.createOrUpdateFileContents({ owner, repo, path, message: 'Add screenshot', content: pngBase64 }); // expect: non-idempotent-tool
    await github.rest.issues.createComment({ owner, repo, issue_number: issue, body: `![screenshot](${path})` }); // expect: non-idempotent-tool
    return path;
  },
});
