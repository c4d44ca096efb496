// The Claude Agent SDK's query() runs Claude Code's agent loop — model, tools, model — until the model stops; it
// passes `--max-turns` only when `options.maxTurns` is set and the CLI has no turn limit of its own. A run with no
// maxTurns (nor maxBudgetUsd) is unbounded, at the call — also when the options only spread conditional extras or
// the import is renamed. Clean: maxTurns set (directly, in a spread, on one branch), options we cannot see into (a
// parameter), and a bound added to the options object after it is made.
import { query, query as runClaude, type Options } from '@anthropic-ai/claude-agent-sdk';

export async function tidyRepo(dir: string) {
  for await (const message of query({ prompt: 'Remove unused imports', options: { cwd: dir, allowedTools: ['Read', 'Edit'] } })) { // expect: unbounded-agent-loop
    if (message.type === 'result') return message;
  }
}

export function triage(issue: string, bypass: boolean) {
  return runClaude({ // expect: unbounded-agent-loop
    prompt: issue,
    options: { allowedTools: ['Bash'], ...(bypass ? { permissionMode: 'bypassPermissions' as const } : {}) },
  });
}

export function ask(prompt: string) {
  return query({ prompt }); // expect: unbounded-agent-loop
}

const base = { allowedTools: ['Read'], maxTurns: 12 };

export function review(diff: string, deep: boolean) {
  query({ prompt: diff, options: { maxTurns: 20 } });
  query({ prompt: diff, options: { ...base, cwd: '/repo' } });
  query({ prompt: diff, options: deep ? { maxBudgetUsd: 2 } : { maxTurns: 5 } });
  return query({ prompt: diff, options: { allowedTools: ['Read'], ...(deep && { maxTurns: 40 }) } });
}

export function configured(prompt: string, options: Options) {
  return query({ prompt, options });
}

export function limitedLater(prompt: string, limit?: number) {
  const options: Options = { allowedTools: ['Read'] };
  if (limit) options.maxTurns = limit;
  return query({ prompt, options });
}
