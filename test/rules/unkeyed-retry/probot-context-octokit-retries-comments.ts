// Probot hands each event listener a Context whose `octokit` is a ProbotOctokit, built with @octokit/plugin-retry
// (test/corpus/README.md question 64; probot's src/octokit/probot-octokit.ts): a review comment it posts is re-sent
// after a 5xx with no key. Clean: a comment update (sets the body to a given value), a read, a git commit object no
// ref points at yet (question 62: a repeat changes nothing anyone sees), and a client of @octokit/rest made without
// the plugin.
import type { Context, Probot } from 'probot';
import { Octokit } from '@octokit/rest';

type PullRequestContext = Context<'pull_request.opened'>;

const plain = new Octokit({ auth: process.env.GITHUB_TOKEN });

async function postReview(context: PullRequestContext, body: string): Promise<void> {
  await context.octokit.issues.createComment(context.issue({ body })); // expect: unkeyed-retry
}

async function updateSummary(context: PullRequestContext, commentId: number, body: string): Promise<void> {
  await context.octokit.issues.updateComment(context.repo({ comment_id: commentId, body }));
}

export default (app: Probot) => {
  app.on('pull_request.opened', async (context) => {
    const files = await context.octokit.pulls.listFiles(context.pullRequest());
    await postReview(context, `Reviewed ${files.data.length} files.`);
    await updateSummary(context, 1, 'done');
    await context.octokit.git.createCommit(context.repo({ message: 'agent: fixes', tree: 'a1b2c3', parents: ['d4e5f6'] }));
    await plain.issues.createComment({ owner: 'acme', repo: 'widgets', issue_number: 1, body: 'mirrored' });
    await context.octokit.issues.createComment(context.issue({ body: 'Review started.' })); // expect: unkeyed-retry
  });
};
