// A catch that re-attempts: when the first try fails (a lost response included, after GitHub made the comment),
// the catch posts the comment again with the same call: a second comment, no key. Clean: a catch that only logs
// and rethrows, a catch that records the failure with another call, and one that appends a different audit line
// with the same function (the same call needs the same arguments to be a second attempt), and a catch that
// re-queues what the try re-queues only when something else failed (both are failure handling).
import { Octokit } from '@octokit/rest';
import { appendFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import Redis from 'ioredis';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });
const owner = 'acme';
const repo = 'widgets';
const redis = new Redis();

export async function createTrackingComment(issueNumber: number, reviewCommentId: number | undefined, body: string) {
  try {
    const response = reviewCommentId
      ? await octokit.rest.pulls.createReplyForReviewComment({ owner, repo, pull_number: issueNumber, comment_id: reviewCommentId, body })
      : await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    appendFileSync(process.env.GITHUB_OUTPUT!, `comment_id=${response.data.id}\n`);
    return response.data;
  } catch (error) {
    console.error('could not create the tracking comment', error);
    // Fall back to a plain issue comment whatever failed.
    const response = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body }); // expect: unkeyed-retry
    return response.data;
  }
}

export async function createLabel(name: string) {
  try {
    return await octokit.rest.issues.createLabel({ owner, repo, name });
  } catch (error) {
    console.error('could not create the label', error);
    throw error;
  }
}

export async function openIssue(title: string) {
  try {
    return await octokit.rest.issues.create({ owner, repo, title });
  } catch (error) {
    await octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: `could not open "${title}": ${String(error)}` });
    return undefined;
  }
}

export async function closeIssue(issueNumber: number) {
  try {
    await appendFile('audit.log', `closing ${issueNumber}\n`);
    await octokit.rest.issues.update({ owner, repo, issue_number: issueNumber, state: 'closed' });
  } catch (error) {
    await appendFile('audit.log', `could not close ${issueNumber}: ${String(error)}\n`);
  }
}

export async function labelIssues(issueNumbers: number[]) {
  try {
    const { error } = await octokit.rest.issues.addLabels({ owner, repo, issue_number: issueNumbers[0]!, labels: ['triaged'] }).then(() => ({ error: undefined }), (e: unknown) => ({ error: e }));
    if (error) {
      for (const n of issueNumbers) await redis.rpush('to-label', String(n));
    }
  } catch {
    for (const n of issueNumbers) await redis.rpush('to-label', String(n));
  }
}
