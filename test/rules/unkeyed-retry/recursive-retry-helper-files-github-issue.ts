// A bug-report tool whose helper retries by calling itself: each recursion creates the GitHub
// issue again, so a slow response leaves duplicate issues — reported at the re-attempt in the catch
// (test/corpus/README.md question 7). The recursive read below is safe.
import { Octokit } from '@octokit/rest';
import { tool } from 'ai';
import { z } from 'zod';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN, request: { timeout: 10_000 } });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function fileIssue(title: string, body: string, attemptsLeft = 3): Promise<number> {
  try {
    const { data } = await octokit.rest.issues.create({
      owner: 'acme',
      repo: 'desktop-app',
      title,
      body,
      labels: ['from-agent'],
    });
    return data.number;
  } catch (error) {
    if (attemptsLeft <= 1) throw error;
    await sleep(1_000 + Math.random() * 500);
    return fileIssue(title, body, attemptsLeft - 1); // expect: unkeyed-retry
  }
}

async function readIssueState(issueNumber: number, attemptsLeft = 3): Promise<string> {
  try {
    const { data } = await octokit.rest.issues.get({ owner: 'acme', repo: 'desktop-app', issue_number: issueNumber });
    return data.state;
  } catch (error) {
    if (attemptsLeft <= 1) throw error;
    await sleep(500 + Math.random() * 250);
    return readIssueState(issueNumber, attemptsLeft - 1);
  }
}

export const reportBug = tool({
  description: 'File a bug report on the desktop app repository',
  inputSchema: z.object({ title: z.string(), steps: z.string() }),
  execute: async ({ title, steps }) => ({ issue: await fileIssue(title, steps) }),
});

export const bugStatus = tool({
  description: 'Tell whether a bug report is still open',
  inputSchema: z.object({ issueNumber: z.number().int() }),
  execute: async ({ issueNumber }) => ({ state: await readIssueState(issueNumber) }),
});
