// Each step is tried once more when it fails. Findings: the implementing Codex run and the unattended Claude run,
// whose tools may have pushed before the failure. Clean: the review run the caller puts in Codex's read-only sandbox,
// and the Claude run left at its default permissions.
import { startClaude, startCodex } from './agents.js';

export async function reviewChange(diff: string, cwd: string) {
  try {
    return await startCodex({ task: `Review this diff:\n${diff}`, cwd, purpose: 'review' });
  } catch (error) {
    console.warn('review failed, trying again', error);
    return await startCodex({ task: `Review this diff:\n${diff}`, cwd, purpose: 'review' });
  }
}

export async function implementChange(ticket: string, cwd: string) {
  try {
    return await startCodex({ task: ticket, cwd, purpose: 'implement' });
  } catch (error) {
    console.warn('implementation failed, trying again', error);
    return await startCodex({ task: ticket, cwd, purpose: 'implement' }); // expect: unkeyed-retry
  }
}

export async function describeRepository(cwd: string) {
  try {
    return await startClaude('Describe this repository.', cwd);
  } catch {
    return await startClaude('Describe this repository.', cwd);
  }
}

export async function fixLint(cwd: string) {
  try {
    return await startClaude('Fix the lint errors and push the branch.', cwd, { unattended: true });
  } catch {
    return await startClaude('Fix the lint errors and push the branch.', cwd, { unattended: true }); // expect: unkeyed-retry
  }
}
