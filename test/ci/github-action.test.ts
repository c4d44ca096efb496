// The GitHub Action (action.yml) run step by step as the runner runs a composite action, on shallow
// clones of scratch repositories with the README workflow's inputs: annotations, SARIF, the baseline
// (suppressions file, and the pull request's base commit fetched on demand), the exit code's meaning.
// The upload step cannot reach code scanning from here: its configuration is checked as written.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFiles } from '../temp-files.js';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, TSCONFIG } from '../cli/cli-process.js';
import { commitAll, git, gitInit } from '../cli/scratch-git.js';
import { readAction, runCompositeAction, type ActionRun } from './composite-action.js';
import { readmeSnippet, REPO } from './readme-snippets.js';
import { installAgentvet } from './scratch-install.js';

const call = (name: string, host: string) =>
  [`export async function ${name}(id: string): Promise<unknown> {`, `  const response = await fetch(\`https://${host}/\${id}\`);`, '  return response.json();', '}', ''].join('\n');
const OLD = `${call('fetchCustomer', 'crm.example.com')}\n${call('fetchInvoice', 'billing.example.com')}`;

interface Workflow {
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Array<{ uses?: string; run?: string; with?: Record<string, string | number> }> }>;
}
const workflow = parse(readmeSnippet('github-workflow')) as Workflow;
const agentvetStep = Object.values(workflow.jobs)[0]!.steps.find((step) => step.uses?.startsWith('agentvet/agentvet@'))!;
const workflowInputs = Object.fromEntries(Object.entries(agentvetStep.with ?? {}).map(([k, v]) => [k, String(v)]));

const scratch = mkdtempSync(join(tmpdir(), 'agentvet-action-'));
beforeAll(assertBuilt);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
/** A remote with `main` (old findings; legacy.ts's recorded in the suppressions file) and `feature` (one new call). */
function remoteWithPullRequest(): { remote: string; base: string } {
  const remote = join(scratch, `origin-${++counter}`);
  const work = join(scratch, `author-${counter}`);
  git(scratch, 'init', '-q', '--bare', remote);
  const files = { 'tsconfig.json': TSCONFIG, 'src/clients.ts': OLD, 'src/legacy.ts': call('fetchLegacy', 'legacy.example.com'), '.gitignore': 'node_modules/\n*.sarif\n' };
  writeFiles(work, files);
  gitInit(work);
  installAgentvet(work);
  const recorded = spawnSync(join(work, 'node_modules/.bin/agentvet'), ['lint', '--suppress-all', 'src/legacy.ts'], { cwd: work, encoding: 'utf8' });
  if (recorded.status !== 0) throw new Error(`recording the suppressions failed: ${recorded.stdout}${recorded.stderr}`);
  const base = commitAll(work, 'base');
  git(work, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(work, 'src/clients.ts'), `// Clients of our APIs.\n${OLD}\n${call('fetchRefund', 'refunds.example.com')}`);
  commitAll(work, 'a refunds client');
  git(work, 'remote', 'add', 'origin', remote);
  git(work, 'push', '-q', 'origin', 'main', 'feature');
  return { remote, base };
}

/** What actions/checkout and `npm ci` leave: a depth-1 clone of the branch, with agentvet installed. */
function checkout(remote: string, branch: string): string {
  const workspace = join(scratch, `workspace-${++counter}`);
  git(scratch, 'clone', '-q', '--depth', '1', '--branch', branch, `file://${remote}`, workspace);
  installAgentvet(workspace);
  return workspace;
}

function runAction(workspace: string, inputs: Record<string, string>, github: Record<string, unknown>) {
  const uploads: Array<Record<string, string>> = [];
  const run = runCompositeAction({
    actionDir: REPO,
    workspace,
    inputs,
    github,
    uses: { 'github/codeql-action/upload-sarif@v4': (with_) => uploads.push(with_) },
  });
  return { run, uploads };
}

const pullRequestEvent = (base: string) => ({ event_name: 'pull_request', event: { pull_request: { base: { sha: base } } } });

interface SarifLog {
  runs: Array<{ results: Array<{ ruleId: string; baselineState?: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }>;
}
const sarifResults = (path: string) =>
  (JSON.parse(readFileSync(path, 'utf8')) as SarifLog).runs[0]!.results.map(
    (r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine} ${r.baselineState ?? '-'}`,
  );
const annotations = (run: ActionRun) => run.log.split('\n').filter((line) => line.startsWith('::'));

describe('the README workflow', () => {
  it('grants what the upload needs and runs this action after installing dependencies', () => {
    expect(workflow.permissions['security-events']).toBe('write');
    const steps = Object.values(workflow.jobs)[0]!.steps;
    expect(steps.findIndex((s) => s.run === 'npm ci')).toBeLessThan(steps.indexOf(agentvetStep));
    expect(Object.keys(workflowInputs).every((name) => name in readAction(REPO).inputs)).toBe(true);
  });
});

describe('the action on a pull request', () => {
  const { remote, base } = remoteWithPullRequest();

  it('annotates only the finding the pull request adds, uploads SARIF, and fails with exit code 1 explained', () => {
    const workspace = checkout(remote, 'feature');
    expect(() => git(workspace, 'cat-file', '-e', `${base}^{commit}`)).toThrow();
    const { run, uploads } = runAction(workspace, workflowInputs, pullRequestEvent(base));
    expect(run.step('Fetch the baseline commit')).toMatchObject({ ran: true, outcome: 'success', outputs: { commit: base } });
    expect(annotations(run)).toEqual([expect.stringMatching(/^::error file=src\/clients\.ts,line=13,endLine=13,col=\d+,endColumn=\d+,title=agentvet\(missing-deadline\)::`fetch\(\)` has no deadline/)]);
    expect(run.outputs).toEqual({ 'exit-code': '1', result: 'findings', 'sarif-file': join(workspace, 'agentvet.sarif') });
    // code scanning gets the baseline's findings as "unchanged", and not the one the suppressions file records.
    expect(sarifResults(run.outputs['sarif-file']!)).toEqual(['src/clients.ts:3 unchanged', 'src/clients.ts:8 unchanged', 'src/clients.ts:13 new']);
    expect(uploads).toEqual([{ sarif_file: join(workspace, 'agentvet.sarif'), category: 'agentvet' }]);
    expect(run.step('Verdict')).toMatchObject({ ran: true, outcome: 'failure' });
    expect(run.step('Verdict').stdout).toContain('agentvet exit code 1 — findings: an error finding, or more warnings than --max-warnings allows');
    expect(run.summary).toBe('### agentvet\n\nExit code **1** — findings: an error finding, or more warnings than --max-warnings allows (see the annotations)\n');
    expect(run.failed).toBe(true);
  });

  it('with fail-on-findings false it reports the same and passes', () => {
    const workspace = checkout(remote, 'feature');
    const { run } = runAction(workspace, { ...workflowInputs, 'fail-on-findings': 'false' }, pullRequestEvent(base));
    expect(run.outputs.result).toBe('findings');
    expect(run.failed).toBe(false);
  });

  it('on the base branch itself nothing is new: clean, exit 0', () => {
    const workspace = checkout(remote, 'main');
    const { run, uploads } = runAction(workspace, workflowInputs, pullRequestEvent(base));
    expect(run.outputs).toMatchObject({ 'exit-code': '0', result: 'clean' });
    expect(annotations(run)).toEqual([]);
    expect(uploads).toHaveLength(1);
    expect(run.failed).toBe(false);
  });

  it('a push reports every finding the suppressions file does not record', () => {
    const workspace = checkout(remote, 'feature');
    const { run } = runAction(workspace, workflowInputs, { event_name: 'push', event: {} });
    expect(run.step('Fetch the baseline commit').ran).toBe(false);
    expect(annotations(run).map((line) => /line=(\d+)/.exec(line)![1])).toEqual(['3', '8', '13']);
    expect(sarifResults(run.outputs['sarif-file']!)).toEqual(['src/clients.ts:3 -', 'src/clients.ts:8 -', 'src/clients.ts:13 -']);
  });

  it('a baseline ref that exists nowhere: exit 2, named in the log, no upload, the job fails', () => {
    const workspace = checkout(remote, 'feature');
    const { run, uploads } = runAction(workspace, { ...workflowInputs, 'baseline-ref': 'release/9.9' }, { event_name: 'push', event: {} });
    expect(run.log).toContain('::warning title=agentvet::could not fetch the baseline release/9.9 from origin');
    expect(run.log).toContain('agentvet: --baseline-ref release/9.9: no such commit in');
    expect(run.outputs).toMatchObject({ 'exit-code': '2', result: 'error', 'sarif-file': '' });
    expect(uploads).toEqual([]);
    expect(run.step('Upload SARIF to code scanning').ran).toBe(false);
    expect(run.step('Verdict').stdout).toContain('agentvet exit code 2 — error: a usage or configuration error');
    expect(run.failed).toBe(true);
  });

  it('upload-sarif false skips the upload; the rest runs', () => {
    const workspace = checkout(remote, 'feature');
    const { run, uploads } = runAction(workspace, { ...workflowInputs, 'upload-sarif': 'false' }, pullRequestEvent(base));
    expect(uploads).toEqual([]);
    expect(run.outputs.result).toBe('findings');
  });

  it('without agentvet installed it says how to install it, and fails with exit code 2', () => {
    const workspace = checkout(remote, 'feature');
    rmSync(join(workspace, 'node_modules'), { recursive: true, force: true });
    const { run } = runAction(workspace, workflowInputs, { event_name: 'push', event: {} });
    expect(annotations(run)).toEqual(['::error title=agentvet::agentvet is not installed here: add it to devDependencies and install before this step, or set the action\'s version input']);
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.failed).toBe(true);
  });
});

describe('action.yml as written', () => {
  const action = readAction(REPO);

  it('uploads with github/codeql-action/upload-sarif@v4, the SARIF the lint step wrote, after any outcome', () => {
    const upload = action.runs.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(upload.uses).toBe('github/codeql-action/upload-sarif@v4');
    expect(upload.with).toEqual({ sarif_file: '${{ steps.lint.outputs.sarif-file }}', category: '${{ inputs.category }}' });
    expect(upload.if).toBe("always() && inputs.upload-sarif == 'true' && steps.lint.outputs.sarif-file != ''");
    expect(action.runs.steps.indexOf(upload)).toBeLessThan(action.runs.steps.findIndex((step) => step.name === 'Verdict'));
  });

  it('passes inputs to scripts through env, never by expanding them into the script (no injection)', () => {
    for (const step of action.runs.steps.filter((s) => s.run)) {
      expect(step.run).not.toMatch(/\$\{\{/);
    }
  });

  it('documents every output with the meaning of the exit code', () => {
    expect(action.outputs['exit-code']!.description).toMatch(/0 clean, 1 findings .*2 usage or configuration error/);
    expect(action.inputs['baseline-ref']!.default).toBe('${{ github.event.pull_request.base.sha }}');
  });
});
