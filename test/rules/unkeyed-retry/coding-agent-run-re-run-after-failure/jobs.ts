// Re-runs of a coding agent after a failure (test/corpus/README.md questions 54, 74, 93, 97). Findings: a catch
// that runs the acting agent again with a fallback model — the failure may come after it pushed its branch and
// opened the pull request; an attempt loop around a Claude Agent SDK run in bypassPermissions mode. Clean: the same
// catch around a run at default permissions (it can only read and answer), the read-only Codex review, a run that
// acts but is started once, and an attempt loop around an SDK run with no permission granted.
import { query } from '@anthropic-ai/claude-agent-sdk';
import { implementTicket, reviewDiff, summariseRepository } from './runner.js';

export async function workOnTicket(ticket: string, cwd: string) {
  try {
    return await implementTicket(ticket, cwd);
  } catch (error) {
    console.warn('agent run failed, trying the fallback model', error);
    return await implementTicket(ticket, cwd, 'haiku'); // expect: unkeyed-retry
  }
}

export async function answerAboutRepository(question: string, cwd: string) {
  try {
    return await summariseRepository(question, cwd);
  } catch (error) {
    console.warn('retrying', error);
    return await summariseRepository(question, cwd);
  }
}

export async function review(diff: string, cwd: string) {
  try {
    return await reviewDiff(diff, cwd);
  } catch {
    return await reviewDiff(diff, cwd);
  }
}

export async function workOnceOnTicket(ticket: string, cwd: string) {
  try {
    return await implementTicket(ticket, cwd);
  } catch (error) {
    console.error('agent run failed; a person retries it with /retry', error);
    return undefined;
  }
}

export async function fixFailingTests(cwd: string) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      for await (const message of query({ prompt: 'Fix the failing tests and push the branch.', options: { cwd, maxTurns: 30, permissionMode: 'bypassPermissions' } })) { // expect: unkeyed-retry
        if (message.type === 'result') return message;
      }
    } catch (error) {
      console.error(`attempt ${attempt} failed`, error);
    }
  }
}

export async function explainFailingTests(cwd: string) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      for await (const message of query({ prompt: 'Explain why the tests fail.', options: { cwd, maxTurns: 10, permissionMode: 'plan' } })) {
        if (message.type === 'result') return message;
      }
    } catch (error) {
      console.error(`attempt ${attempt} failed`, error);
    }
  }
}

// The outcome comes back as a value: a counted loop that runs the acting agent again until one attempt reports success
// re-runs it after a failure that may follow its push (finding); a loop over tickets runs each once (clean).
async function tryImplement(ticket: string, cwd: string): Promise<{ ok: boolean }> {
  return implementTicket(ticket, cwd).then(() => ({ ok: true }), () => ({ ok: false }));
}

export async function implementUntilItWorks(ticket: string, cwd: string) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const result = await tryImplement(ticket, cwd); // expect: unkeyed-retry
    if (result.ok) return result;
  }
  return { ok: false };
}

export async function implementEach(tickets: string[], cwd: string) {
  for (let i = 0; i < tickets.length; i++) {
    const result = await tryImplement(tickets[i]!, cwd);
    if (!result.ok) break;
  }
}
