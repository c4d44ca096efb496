// A Claude Agent SDK run with no maxTurns whose `abortController` the same function aborts on a wall-clock timer has a
// time budget (test/corpus/README.md question 76): a one-shot `setTimeout(() => controller.abort(), ms)`, or a watchdog
// interval aborting once the time since a start it never moves passes a maximum. Still findings: a watchdog that
// aborts only after a spell without messages (an idle timer, question 95: it resets on every message), a timer armed
// only when a caller configures its delay, and a controller aborted only by the user's stop.
import { query } from '@anthropic-ai/claude-agent-sdk';

const RUN_BUDGET_MS = Number(process.env.RUN_BUDGET_MS ?? 30 * 60_000);
const IDLE_LIMIT_MS = 5 * 60_000;

export async function fixFailingTests(repo: string): Promise<string> {
  const controller = new AbortController();
  const budget = setTimeout(() => controller.abort(), 20 * 60_000);
  let last = '';
  try {
    for await (const message of query({ prompt: 'Make the test suite pass.', options: { cwd: repo, abortController: controller } })) {
      if (message.type === 'result') last = JSON.stringify(message);
    }
  } finally {
    clearTimeout(budget);
  }
  return last;
}

export async function triageInbox(folder: string): Promise<void> {
  const controller = new AbortController();
  const startedAt = Date.now();
  const watchdog = setInterval(() => {
    if (Date.now() - startedAt > RUN_BUDGET_MS) controller.abort();
  }, 10_000);
  const options = { cwd: folder, permissionMode: 'bypassPermissions' as const, abortController: controller };
  try {
    for await (const message of query({ prompt: 'Sort the new mail into folders.', options })) {
      if (message.type === 'result') break;
    }
  } finally {
    clearInterval(watchdog);
  }
}

export async function tendGarden(folder: string): Promise<void> {
  const controller = new AbortController();
  let lastMessageAt = Date.now();
  const watchdog = setInterval(() => {
    if (Date.now() - lastMessageAt > IDLE_LIMIT_MS) controller.abort();
  }, 10_000);
  try {
    for await (const message of query({ prompt: 'Water whatever looks dry.', options: { cwd: folder, abortController: controller } })) { // expect: unbounded-agent-loop
      lastMessageAt = Date.now();
      if (message.type === 'result') break;
    }
  } finally {
    clearInterval(watchdog);
  }
}

export async function draftRelease(repo: string, timeoutMs?: number): Promise<void> {
  const controller = new AbortController();
  if (timeoutMs) setTimeout(() => controller.abort(), timeoutMs);
  for await (const message of query({ prompt: 'Draft the release notes.', options: { cwd: repo, abortController: controller } })) { // expect: unbounded-agent-loop
    if (message.type === 'result') break;
  }
}

export async function refactor(repo: string, stop: AbortSignal): Promise<void> {
  const controller = new AbortController();
  stop.addEventListener('abort', () => controller.abort());
  for await (const message of query({ prompt: 'Split the large modules.', options: { cwd: repo, abortController: controller } })) { // expect: unbounded-agent-loop
    if (message.type === 'result') break;
  }
}
