// The tools take the reporter as the interface: the call resolves to the interface's method, so each implementing
// class's method is what may run — the comment is a write (one finding at the call, for the surest of the writes the
// implementations make); reading the comments is none.
import { tool } from 'ai';
import { z } from 'zod';
import type { Reporter } from './reporter.js';

export const reviewTools = (reporter: Reporter) => ({
  comment: tool({
    description: 'Post a review comment on a file',
    inputSchema: z.object({ path: z.string(), body: z.string() }),
    execute: async ({ path, body }) => reporter.postComment(path, body), // expect: non-idempotent-tool
  }),
  readComments: tool({
    description: 'Read the review comments so far',
    inputSchema: z.object({}),
    execute: async () => reporter.readComments(),
  }),
});
