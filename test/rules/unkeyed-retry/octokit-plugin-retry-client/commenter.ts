// Comments posted through the retrying client: a response lost after GitHub created the comment makes the plugin
// post it again. Setting a comment's body, listing comments, a pending review (one per user and pull request: a
// repeat is refused) and the clients without the retry plugin are clean.
import { octokit, quietOctokit, throttledOctokit } from './github.js';

const owner = 'acme';
const repo = 'widgets';

export async function postSummary(issueNumber: number, body: string): Promise<number> {
  const { data: existing } = await octokit.issues.listComments({ owner, repo, issue_number: issueNumber });
  const mine = existing.find((c) => c.body?.includes('<!-- summary -->'));
  if (mine) {
    await octokit.issues.updateComment({ owner, repo, comment_id: mine.id, body });
    return mine.id;
  }
  const { data } = await octokit.issues.createComment({ owner, repo, issue_number: issueNumber, body }); // expect: unkeyed-retry
  return data.id;
}

export async function replyTo(pullNumber: number, commentId: number, body: string): Promise<void> {
  await octokit.pulls.createReplyForReviewComment({ owner, repo, pull_number: pullNumber, comment_id: commentId, body }); // expect: unkeyed-retry
}

/** A review with an event is published at once; one with no event opens the single PENDING review GitHub allows. */
export async function review(pullNumber: number, commitId: string, body: string): Promise<void> {
  await octokit.pulls.createReview({ owner, repo, pull_number: pullNumber, commit_id: commitId, body, event: 'COMMENT' }); // expect: unkeyed-retry
  const { data: pending } = await octokit.pulls.createReview({ owner, repo, pull_number: pullNumber, commit_id: commitId });
  await octokit.pulls.submitReview({ owner, repo, pull_number: pullNumber, review_id: pending.id, event: 'COMMENT', body });
}

export async function postQuietly(issueNumber: number, body: string): Promise<void> {
  await quietOctokit.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  await throttledOctokit.issues.createComment({ owner, repo, issue_number: issueNumber, body });
}
