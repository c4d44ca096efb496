// A ToolLoopAgent triage bot: creating an issue and posting a comment through Octokit are creates,
// so a retried step files a duplicate issue. Listing issues is read-only and stays clean.
import { ToolLoopAgent, stepCountIs, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import { Octokit } from '@octokit/rest';
import { z } from 'zod';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN, request: { timeout: 15_000 } });
const repo = { owner: 'acme', repo: 'storefront' };

export const triageAgent = new ToolLoopAgent({
  model: openai('gpt-4.1'),
  instructions: 'Triage incoming bug reports into GitHub issues. Search before filing.',
  stopWhen: stepCountIs(10),
  tools: {
    searchIssues: tool({
      description: 'Find open issues whose title mentions the given words',
      inputSchema: z.object({ words: z.string() }),
      execute: async ({ words }) => {
        const { data } = await octokit.rest.issues.listForRepo({ ...repo, state: 'open', per_page: 50 });
        return data.filter((i) => i.title.toLowerCase().includes(words.toLowerCase())).map((i) => i.number);
      },
    }),
    fileIssue: tool({
      description: 'Open a new GitHub issue for a bug report',
      inputSchema: z.object({ title: z.string(), body: z.string(), labels: z.array(z.string()) }),
      execute: async ({ title, body, labels }) => {
        const { data } = await octokit.rest.issues.create({ ...repo, title, body, labels }); // expect: non-idempotent-tool
        return { number: data.number, url: data.html_url };
      },
    }),
    addReproSteps: tool({
      description: 'Add reproduction steps to an existing issue as a comment',
      inputSchema: z.object({ issueNumber: z.number().int(), steps: z.string() }),
      execute: async ({ issueNumber, steps }) => {
        await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: steps }); // expect: non-idempotent-tool
        return 'comment added';
      },
    }),
  },
});
