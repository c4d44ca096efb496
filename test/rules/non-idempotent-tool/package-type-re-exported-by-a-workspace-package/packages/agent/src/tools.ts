// "SDK calls that create": an Octokit `request('POST /repos/…/comments')` posts a new comment each time, also when the
// Octokit type comes from a workspace package that only re-exports it (`export type { Octokit } from '@octokit/core'`,
// the type TypeScript resolves through the package's index). A GET route is a read; a project interface of the same
// package with a `request` method is no Octokit. README question 19: a branch (a ref under its name) and a pull request
// (one open per head and base) are refused by GitHub when repeated (422): clean.
import type { Octokit, ReviewSettings } from '@acme/github-kit';
import { tool } from 'ai';
import { z } from 'zod';

export function reviewTools({ octokit, settings }: { octokit: Octokit; settings: ReviewSettings }) {
  return {
    commentOnIssue: tool({
      description: 'Comment on an issue',
      inputSchema: z.object({ owner: z.string(), repo: z.string(), issue: z.number(), body: z.string() }),
      execute: async ({ owner, repo, issue, body }) => {
        const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { // expect: non-idempotent-tool
          owner, repo, issue_number: issue, body,
        });
        return data.id;
      },
    }),
    readIssue: tool({
      description: 'Read an issue',
      inputSchema: z.object({ owner: z.string(), repo: z.string(), issue: z.number() }),
      execute: async ({ owner, repo, issue }) =>
        (await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: issue })).data,
    }),
    createBranch: tool({
      description: 'Create a branch',
      inputSchema: z.object({ owner: z.string(), repo: z.string(), branch: z.string(), sha: z.string() }),
      execute: async ({ owner, repo, branch, sha }) =>
        (await octokit.request('POST /repos/{owner}/{repo}/git/refs', { owner, repo, ref: `refs/heads/${branch}`, sha })).data,
    }),
    openPullRequest: tool({
      description: 'Open a pull request',
      inputSchema: z.object({ owner: z.string(), repo: z.string(), head: z.string(), base: z.string(), title: z.string() }),
      execute: async ({ owner, repo, head, base, title }) =>
        (await octokit.request('POST /repos/{owner}/{repo}/pulls', { owner, repo, head, base, title })).data.number,
    }),
    saveSettings: tool({
      description: 'Remember review settings',
      inputSchema: z.object({ strict: z.boolean() }),
      execute: async ({ strict }) => settings.request('POST /settings', { strict }),
    }),
  };
}
