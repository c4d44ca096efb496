// The project's own `query(params)` hands its caller's params on to the Claude Agent SDK's `query()`, adding only the
// executable's path: whether the run is bounded is up to each call (test/corpus/README.md question 83), so it is judged
// there — `maxTurns` given is clean, none given is reported at the call. `spawnAgent(opts)` builds the run's options
// from what its callers configure (`opts.model`, `opts.resume`) with no `maxTurns` at all, and several calls use it: the
// project's generic runner, reported at each call (questions 83, 108: not in the factory). A helper one call uses,
// whose options read none of its parameters, or that hands on a scalar (`resume`) or an object its callers do not write out
// (a channel), keeps its finding on its own `query()`.
import { query as sdkQuery, type Options } from '@anthropic-ai/claude-agent-sdk';

export function query(params: { prompt: string; options?: Options }) {
  const merged = { ...params, options: { ...(params.options || {}), pathToClaudeCodeExecutable: process.env.CLAUDE_PATH } };
  return sdkQuery(merged as Parameters<typeof sdkQuery>[0]);
}

export interface SpawnOptions { prompt: string; model?: string; resume?: string; cwd?: string }

export function spawnAgent(opts: SpawnOptions) {
  return sdkQuery({
    prompt: opts.prompt,
    options: {
      model: opts.model ?? 'claude-sonnet-4-5',
      permissionMode: 'bypassPermissions',
      ...(opts.resume ? { resume: opts.resume } : {}),
      ...(opts.cwd ? { cwd: opts.cwd } : {}),
    },
  });
}

export function summarise(file: string) {
  return sdkQuery({ prompt: `Summarise ${file}`, options: { allowedTools: ['Read'] } }); // expect: unbounded-agent-loop
}

export function reviewOnce(diff: string, model: string) {
  return sdkQuery({ prompt: diff, options: { model, allowedTools: ['Read'] } }); // expect: unbounded-agent-loop
}

const shared = { allowedTools: ['WebSearch', 'Read'] };

export function chat(text: string, resume?: string) {
  return sdkQuery({ prompt: text, options: resume ? { ...shared, resume } : shared }); // expect: unbounded-agent-loop
}

export function relay(channel: { id: string; name: string }, text: string) {
  return sdkQuery({ prompt: text, options: { ...shared, cwd: `/srv/${channel.name}` } }); // expect: unbounded-agent-loop
}
