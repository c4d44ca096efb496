// actingAgentRun: a call that runs a coding agent's own model/tool loop with tools that change things beyond this
// machine and no person approving each step — a Claude Agent SDK `query()` in `bypassPermissions` mode, a headless
// `claude -p --dangerously-skip-permissions`. Running it again re-does whatever its tools did (a push, a PR, a post),
// with nothing the second run could key on: for `unkeyed-retry`, a retried write (test/corpus/README.md questions 54,
// 74, 93, 97). A run left at its default permissions can only read and answer (question 97): not one.
import { Node, type CallExpression, type SourceFile } from 'ts-morph';
import type { AgentRunnerFact } from '../knowledge/types.js';
import { objectLiteralOf, propertyName, propertyValue, unwrap } from './callee.js';
import { cliAgentRunOf, mayStartCliAgent } from './cli-agent-runs.js';
import { knownAtEndOf, type KnownValue } from './known-arguments.js';
import { calleeMatches } from './match.js';
import { startsAgentRun } from './model-calls.js';
import type { ProjectModel } from './project-model.js';
import { stringValue } from './write-keys.js';

/** What the run is and what lets it act (`This Claude Code run with --dangerously-skip-permissions`), or undefined. */
export function actingAgentRun(call: CallExpression, model: ProjectModel): string | undefined {
  if (!mayRunActingAgent(call.getSourceFile(), model)) return undefined;
  return model.memoize('acting-agent-run', call, () => actingSdkRun(call, model) ?? actingCliRun(call, model));
}

/**
 * The acting run at the end of `path` (a call down to the run, through project helpers) as the path's calls start it:
 * judged with the values they fix for the helpers' parameters (`runCodexExec({ mode: 'judge' })` starts the judge's
 * sandboxed run, not the worker's bypass), none when those values keep the path from the run.
 */
export function actingAgentRunAlong(path: ReadonlyArray<CallExpression>, model: ProjectModel): string | undefined {
  const call = path[path.length - 1]!;
  const known = path.length > 1 ? knownAtEndOf(path, model) : undefined;
  if (!known) return path.length > 1 ? undefined : actingAgentRun(call, model);
  if (known.size === 0) return actingAgentRun(call, model);
  return actingAgentRun(call, model) && (actingSdkRun(call, model) ?? actingCliRun(call, model, known));
}

/** Cheap, on the text alone: a file that imports a runner that can act, or names a coding agent's program. */
function mayRunActingAgent(file: SourceFile, model: ProjectModel): boolean {
  return model.memoize('may-run-acting-agent', file, () => {
    const text = file.getFullText();
    return model.knowledge.agentRunners.some((runner) => runner.acting && runner.module.some((m) => text.includes(m))) || mayStartCliAgent(text, model);
  });
}

function actingCliRun(call: CallExpression, model: ProjectModel, known?: Map<Node, KnownValue>): string | undefined {
  const run = cliAgentRunOf(call, model, known);
  const grant = run?.fact.acting?.find((words) => saysWords(run.words, words.split(' ')));
  return run && grant ? `${run.fact.label} (${grant})` : undefined;
}

/** `--permission-mode bypassPermissions` as two words or as `--permission-mode=bypassPermissions`; `--allowedTools Bash(git:*)`. */
function saysWords(words: ReadonlyArray<string>, wanted: ReadonlyArray<string>): boolean {
  const [flag, value] = wanted as [string, string | undefined];
  return words.some((word, i) => {
    if (value === undefined) return word === flag;
    const given = word === flag ? words[i + 1] : word.startsWith(`${flag}=`) ? word.slice(flag.length + 1) : undefined;
    return given !== undefined && given.replace(/^['"]|['"]$/g, '').split(/[\s,]+/).some((part) => part.startsWith(value));
  });
}

function actingSdkRun(call: CallExpression, model: ProjectModel): string | undefined {
  if (!startsAgentRun(call, model)) return undefined;
  const origin = model.resolveCall(call);
  const runner = origin ? model.knowledge.agentRunners.find((r) => r.acting && calleeMatches(r, origin)) : undefined;
  if (!runner) return undefined;
  const grant = grantIn(call.getArguments()[runner.optionsArg], runner, runner.optionsProperty, 0);
  return grant ? `${runner.label} (${grant})` : undefined;
}

/**
 * The acting option an options object sets (`{ options: { permissionMode: 'bypassPermissions' } }`), through a const
 * holding it, its spreads and both branches of a conditional only when each sets it: an option set only in some cases
 * is not assumed.
 */
function grantIn(node: Node | undefined, runner: AgentRunnerFact, nested: string | undefined, depth: number): string | undefined {
  if (!node || depth > 4) return undefined;
  const value = unwrap(node);
  if (Node.isConditionalExpression(value)) {
    const yes = grantIn(value.getWhenTrue(), runner, nested, depth + 1);
    return yes && grantIn(value.getWhenFalse(), runner, nested, depth + 1) ? yes : undefined;
  }
  const object = objectLiteralOf(value);
  if (!object) return undefined;
  let found: string | undefined;
  for (const property of object.getProperties()) {
    if (Node.isSpreadAssignment(property)) {
      found = grantIn(property.getExpression(), runner, nested, depth + 1) ?? found;
      continue;
    }
    const name = propertyName(property);
    if (nested !== undefined) {
      if (name === nested) found = grantIn(propertyValue(property), runner, undefined, depth + 1);
      continue;
    }
    const option = runner.acting!.find((o) => o.option === name);
    if (!option) continue;
    const set = propertyValue(property);
    // The last one written wins: one that grants nothing after one that did takes it back.
    found = set && setsActingValue(set, option.values) ? `${option.option}: ${set.getText().slice(0, 40)}` : undefined;
  }
  return found;
}

/** `'bypassPermissions'` (or a const holding it), or an array literal with an element starting with one of `values`. */
function setsActingValue(set: Node, values: ReadonlyArray<string>): boolean {
  const plain = unwrap(set);
  if (Node.isArrayLiteralExpression(plain)) {
    return plain.getElements().some((element) => {
      const text = stringValue(element);
      return text !== undefined && values.some((v) => text.startsWith(v));
    });
  }
  const text = stringValue(plain) ?? plain.getText();
  return values.includes(text);
}
