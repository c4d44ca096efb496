// A file that imports only a write package's type and says nothing of retrying: its catch posts the status comment
// again with the same call after any failure of the first (a lost response included) — a second comment, no key.
// The catch also writes the same output line to a local file again: a local append duplicates no remote work.
import { appendFileSync } from 'node:fs';
import type { Octokit } from '@octokit/rest';

export async function postStatusComment(octokit: Octokit, owner: string, repo: string, issue: number, body: string) {
  try {
    const response = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body });
    appendFileSync(process.env.GITHUB_OUTPUT ?? '/dev/null', `comment_id=${response.data.id}\n`);
    return response.data;
  } catch (error) {
    console.error('could not post the status comment', error);
    const response = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body }); // expect: unkeyed-retry
    appendFileSync(process.env.GITHUB_OUTPUT ?? '/dev/null', `comment_id=${response.data.id}\n`);
    return response.data;
  }
}
