// Options picked into a constant before the run (`const options = resumeId ? { ...base, resume: resumeId } : base`)
// are read through the choice: neither branch sets `maxTurns`, so the run is unbounded — the abort controller a
// caller may hand in stops it on the person's cancel, not on a bound. Clean: a choice whose branches both carry a
// bound (one through the spread base), and a constant given `maxTurns` after it is made.
import { query, type Options } from '@anthropic-ai/claude-agent-sdk';

export async function workIssue(prompt: string, resumeId: string | undefined, controller?: AbortController) {
  const base: Options = { permissionMode: 'bypassPermissions', allowedTools: ['Bash', 'Edit'], abortController: controller };
  const options: Options = resumeId ? { ...base, resume: resumeId } : base;
  for await (const message of query({ prompt, options })) { // expect: unbounded-agent-loop
    if (message.type === 'result') return message;
  }
  return undefined;
}

export function fixTest(prompt: string, resumeId?: string) {
  const base: Options = { allowedTools: ['Read', 'Edit'], maxTurns: 15 };
  const options: Options = resumeId ? { ...base, resume: resumeId } : base;
  return query({ prompt, options });
}

export function planChange(prompt: string, quick: boolean, limit?: number) {
  const options: Options = quick ? { allowedTools: ['Read'] } : { allowedTools: ['Read', 'Grep'] };
  if (limit) options.maxTurns = limit;
  return query({ prompt, options: options });
}
