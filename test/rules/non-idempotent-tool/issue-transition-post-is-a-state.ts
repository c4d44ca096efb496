// "A DELETE of a known id, or a PATCH/UPDATE that only sets fields to given values, repeats safely: low confidence at
// most": a POST to an issue's `/transitions` (an issue tracker's action endpoint on a known key) moves it to the given
// status, like a PATCH of its state; a comment POSTed on the same issue is new on every call.
import { tool } from 'ai';
import { z } from 'zod';

const BASE = 'https://tracker.example.com/rest/api/3';
const headers = { Authorization: `Bearer ${process.env.TRACKER_TOKEN}`, 'Content-Type': 'application/json' };

export const issueTools = {
  moveIssue: tool({
    description: 'Move an issue to another status',
    inputSchema: z.object({ issueKey: z.string(), transitionId: z.string() }),
    execute: async ({ issueKey, transitionId }) => {
      await fetch(`${BASE}/issue/${issueKey}/transitions`, { method: 'POST', headers, body: JSON.stringify({ transition: { id: transitionId } }) }); // expect: non-idempotent-tool confidence=low
      return 'moved';
    },
  }),
  commentOnIssue: tool({
    description: 'Comment on an issue',
    inputSchema: z.object({ issueKey: z.string(), text: z.string() }),
    execute: async ({ issueKey, text }) => {
      await fetch(`${BASE}/issue/${issueKey}/comment`, { method: 'POST', headers, body: JSON.stringify({ body: text }) }); // expect: non-idempotent-tool
      return 'commented';
    },
  }),
};
