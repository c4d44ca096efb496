// An issue tracker's GraphQL API (Linear's schema): an attachment is keyed by its url on the issue, so creating or
// linking the same url again updates the attachment the first call made (question 19); resolving a comment sets its
// state (question 6: low confidence at most). A comment is a new record on every call.
import { tool } from 'ai';
import { GraphQLClient } from 'graphql-request';
import { z } from 'zod';

const tracker = new GraphQLClient('https://api.linear.app/graphql', { headers: { authorization: process.env.LINEAR_KEY! } });

const ATTACH = `mutation Attach($input: AttachmentCreateInput!) { attachmentCreate(input: $input) { success } }`;
const LINK = `mutation Link($issueId: String!, $url: String!) { attachmentLinkURL(issueId: $issueId, url: $url) { success } }`;
const RESOLVE = `mutation ResolveThread($id: String!) { commentResolve(id: $id) { success } }`;
const COMMENT = `mutation Comment($input: CommentCreateInput!) { commentCreate(input: $input) { success } }`;

export const attachLink = tool({
  description: 'Attach a link to an issue',
  inputSchema: z.object({ issueId: z.string(), url: z.string(), title: z.string() }),
  execute: async ({ issueId, url, title }) => tracker.request(ATTACH, { input: { issueId, url, title } }),
});

export const linkUrl = tool({
  description: 'Link a URL to an issue',
  inputSchema: z.object({ issueId: z.string(), url: z.string() }),
  execute: async ({ issueId, url }) => tracker.request(LINK, { issueId, url }),
});

export const resolveThread = tool({
  description: 'Resolve a comment thread',
  inputSchema: z.object({ id: z.string() }),
  execute: async ({ id }) => tracker.request(RESOLVE, { id }), // expect: non-idempotent-tool confidence=low
});

export const comment = tool({
  description: 'Comment on an issue',
  inputSchema: z.object({ issueId: z.string(), body: z.string() }),
  execute: async ({ issueId, body }) => tracker.request(COMMENT, { input: { issueId, body } }), // expect: non-idempotent-tool
});
