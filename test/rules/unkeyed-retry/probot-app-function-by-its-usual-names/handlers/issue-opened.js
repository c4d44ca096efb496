// A listener handed to `app.on` by reference: its `context` is the Context Probot passes. The comment it posts is
// re-sent after a 5xx with no key. Clean: the update of a comment (sets the body to a given value) and a read.
export default async function onIssueOpened(context) {
  await context.octokit.issues.createComment(context.issue({ body: 'Thanks, a maintainer will triage this soon.' })); // expect: unkeyed-retry
  const { data: comments } = await context.octokit.issues.listComments(context.issue());
  if (comments.length > 0) await context.octokit.issues.updateComment(context.repo({ comment_id: comments[0].id, body: 'Triage queued.' }));
}
