// Tool factories that take the operation as a parameter (`makeCommentTool(addComment)`): the handler calls a
// function it was handed, and the function every caller hands it is the one that writes. Judged at the factory's call
// site: the comment is reported in the tool that calls it; the listing tool, handed a read, stays clean.
import { DynamicStructuredTool } from '@langchain/core/tools';
import { Octokit } from '@octokit/rest';
import { z } from 'zod';

export const makeCommentTool = (addComment: (issue: number, body: string) => Promise<unknown>) =>
  new DynamicStructuredTool({
    name: 'comment_on_issue',
    description: 'Comment on an issue',
    schema: z.object({ issue: z.number(), body: z.string() }),
    func: async ({ issue, body }) => JSON.stringify(await addComment(issue, body)), // expect: non-idempotent-tool
  });

export const makeListCommentsTool = (listComments: (issue: number) => Promise<unknown>) =>
  new DynamicStructuredTool({
    name: 'list_comments',
    description: 'List the comments of an issue',
    schema: z.object({ issue: z.number() }),
    func: async ({ issue }) => JSON.stringify(await listComments(issue)),
  });

export function issueTools(token: string, owner: string, repo: string) {
  const octokit = new Octokit({ auth: token });
  const addComment = (issue: number, body: string) => octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body });
  const listComments = (issue: number) => octokit.rest.issues.listComments({ owner, repo, issue_number: issue });
  return [makeCommentTool(addComment), makeListCommentsTool(listComments)];
}
