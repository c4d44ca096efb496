// Runs a composite action's steps the way the GitHub runner does, for tests: inputs with their
// defaults, `if:` conditions, `env:` and `working-directory:` with expressions, each `run:` through
// `bash --noprofile --norc -eo pipefail`, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, step outputs, and
// `uses:` steps handed to a stub (the real ones need the runner and GitHub's services).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { condition, interpolate, type ExpressionScope } from './actions-expressions.js';

export interface ActionStep {
  name?: string;
  id?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  'working-directory'?: string;
}

export interface ActionDefinition {
  name: string;
  description: string;
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export function readAction(actionDir: string): ActionDefinition {
  return parse(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as ActionDefinition;
}

export interface StepRecord {
  name: string;
  ran: boolean;
  outcome: 'success' | 'failure' | 'skipped';
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** For `uses:` steps: the evaluated `with:`. */
  with?: Record<string, string>;
}

export interface ActionRun {
  steps: StepRecord[];
  step(name: string): StepRecord;
  outputs: Record<string, string>;
  failed: boolean;
  summary: string;
  /** Everything the steps printed, in order: what the job log (and so the annotations) shows. */
  log: string;
}

export interface RunOptions {
  actionDir: string;
  /** The job's workspace: working directories are relative to it. */
  workspace: string;
  inputs?: Record<string, string>;
  /** The `github` context: event, event_name, workspace… */
  github?: Record<string, unknown>;
  env?: NodeJS.ProcessEnv;
  /** `uses:` steps by action reference; a step with no stub fails the run. */
  uses?: Record<string, (inputs: Record<string, string>) => void>;
}

/** Parses the `name=value` and `name<<DELIMITER` forms of GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) body.push(lines[i]!);
      outputs[heredoc[1]!] = body.join('\n');
      continue;
    }
    const pair = /^([^=]+)=(.*)$/.exec(line);
    if (pair) outputs[pair[1]!] = pair[2]!;
  }
  return outputs;
}

export function runCompositeAction(options: RunOptions): ActionRun {
  const action = readAction(options.actionDir);
  if (action.runs.using !== 'composite') throw new Error(`${options.actionDir}/action.yml is not a composite action`);
  const scratch = mkdtempSync(join(tmpdir(), 'agentvet-runner-'));
  const github = { workspace: options.workspace, action_path: options.actionDir, event: {}, event_name: 'push', ...options.github };
  const steps: Record<string, { outputs: Record<string, string>; outcome: string }> = {};
  const scope: ExpressionScope = { contexts: { github, steps, inputs: {}, runner: { os: 'Linux', temp: scratch } }, failed: false };
  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    inputs[name] = options.inputs?.[name] ?? interpolate(input.default ?? '', scope);
  }
  for (const name of Object.keys(options.inputs ?? {})) {
    if (!(name in action.inputs)) throw new Error(`action.yml has no input "${name}"`);
  }
  scope.contexts.inputs = inputs;
  const summaryFile = join(scratch, 'summary.md');
  writeFileSync(summaryFile, '');
  const records: StepRecord[] = [];
  let log = '';
  try {
    action.runs.steps.forEach((step, index) => {
      const name = step.name ?? step.id ?? `step ${index + 1}`;
      if (!condition(step.if, scope)) {
        records.push({ name, ran: false, outcome: 'skipped', stdout: '', stderr: '', outputs: {} });
        if (step.id) steps[step.id] = { outputs: {}, outcome: 'skipped' };
        return;
      }
      let record: StepRecord;
      if (step.uses) {
        const evaluated = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(String(v), scope)]));
        const stub = options.uses?.[step.uses];
        if (!stub) throw new Error(`no stub for uses: ${step.uses}`);
        stub(evaluated);
        record = { name, ran: true, outcome: 'success', stdout: '', stderr: '', outputs: {}, with: evaluated };
      } else {
        if (step.shell !== 'bash') throw new Error(`step "${name}": only shell: bash is run here`);
        const outputFile = join(scratch, `output-${index}`);
        writeFileSync(outputFile, '');
        const script = join(scratch, `step-${index}.sh`);
        writeFileSync(script, interpolate(step.run ?? '', scope));
        const env: NodeJS.ProcessEnv = {
          ...process.env,
          ...options.env,
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKSPACE: options.workspace,
          GITHUB_ACTION_PATH: options.actionDir,
          GITHUB_OUTPUT: outputFile,
          GITHUB_STEP_SUMMARY: summaryFile,
          GITHUB_EVENT_NAME: String(github.event_name),
        };
        for (const [key, value] of Object.entries(step.env ?? {})) env[key] = interpolate(String(value), scope);
        const cwd = resolve(options.workspace, interpolate(step['working-directory'] ?? '.', scope));
        const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, encoding: 'utf8', timeout: 180_000 });
        record = {
          name,
          ran: true,
          outcome: run.status === 0 ? 'success' : 'failure',
          stdout: run.stdout,
          stderr: run.stderr,
          outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
        };
      }
      log += record.stdout + record.stderr;
      if (record.outcome === 'failure') scope.failed = true;
      if (step.id) steps[step.id] = { outputs: record.outputs, outcome: record.outcome };
      records.push(record);
    });
    const outputs = Object.fromEntries(Object.entries(action.outputs).map(([name, output]) => [name, interpolate(output.value, scope)]));
    return {
      steps: records,
      step: (name) => {
        const found = records.find((r) => r.name === name);
        if (!found) throw new Error(`no step named "${name}" (steps: ${records.map((r) => r.name).join(', ')})`);
        return found;
      },
      outputs,
      failed: scope.failed,
      summary: readFileSync(summaryFile, 'utf8'),
      log,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
