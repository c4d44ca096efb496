// Functions that run a command on this machine. A tool that runs the command the model wrote may write anything
// (README question 38): which argument holds that command, and in what form, is a fact about each function.
import type { CallPattern, Checked } from './types.js';

export interface ShellCommandFact extends CallPattern, Checked {
  label: string;
  /**
   * `shell`: the first argument is a command line a shell runs (`exec('npm test')`).
   * `program`: the first argument is a program and the second its arguments (`spawn('bash', ['-c', cmd])`), or one object
   * holding both as `cmd` and `args` (`runCommand({ cmd: 'sh', args: ['-c', cmd] })`); a shell runs the first argument as
   * a command line when the options set `shell` (`spawn(cmd, { shell: true })`).
   * `argv`: the first argument is a list, program first (`Bun.spawn(['sh', '-c', cmd])`, or `{ cmd: [...] }`).
   */
  form: 'shell' | 'program' | 'argv';
}

const CHILD_PROCESS = ['child_process', 'node:child_process'];

export const shellCommandFunctions: ReadonlyArray<ShellCommandFact> = [
  { label: 'child_process exec', form: 'shell', module: CHILD_PROCESS, export: ['exec', 'execSync'], path: [''], checkedAgainst: 'node@20.20' },
  { label: 'child_process exec', form: 'shell', module: CHILD_PROCESS, export: ['default', '*'], path: ['exec', 'execSync'], checkedAgainst: 'node@20.20' },
  { label: 'child_process spawn', form: 'program', module: CHILD_PROCESS, export: ['spawn', 'spawnSync', 'execFile', 'execFileSync'], path: [''], checkedAgainst: 'node@20.20' },
  { label: 'child_process spawn', form: 'program', module: CHILD_PROCESS, export: ['default', '*'], path: ['spawn', 'spawnSync', 'execFile', 'execFileSync'], checkedAgainst: 'node@20.20' },
  // execa 9: `execa(file, args, options)` like spawn; `execaCommand('npm run build')` splits the line into program and
  // arguments (no shell unless `shell` is set), so the whole line is the model's command all the same.
  { label: 'execa', form: 'program', module: ['execa'], export: ['execa', 'execaSync', 'execaNode', 'default'], path: [''], checkedAgainst: 'execa@9.6.0' },
  { label: 'execa', form: 'shell', module: ['execa'], export: ['execaCommand', 'execaCommandSync'], path: [''], checkedAgainst: 'execa@9.6.0' },
  { label: 'cross-spawn', form: 'program', module: ['cross-spawn'], export: ['default'], path: ['', 'sync', 'spawn'], checkedAgainst: 'cross-spawn@7.0.6' },
  { label: 'shelljs exec', form: 'shell', module: ['shelljs'], export: ['default', 'exec', '*'], path: ['exec', ''], checkedAgainst: 'shelljs@0.8.5' },
  { label: 'Bun.spawn', form: 'argv', module: ['global'], export: ['Bun'], path: ['spawn', 'spawnSync'], checkedAgainst: 'bun@1.2' },
  // Remote sandboxes (test/corpus/README.md question 80): the command or code runs on another machine, but the model's
  // command may write files that outlive the call and reach the network all the same. E2B's `commands.run(cmd)` runs a
  // command line in the sandbox's shell and `runCode(code)` (code-interpreter) runs code; Daytona's
  // `process.executeCommand(cmd)` and `process.codeRun(code)` are the same two.
  { label: 'E2B sandbox command', form: 'shell', module: ['e2b', '@e2b/code-interpreter', '@e2b/desktop'], instance: true, path: ['commands.run'],
    checkedAgainst: 'e2b@2.3.0 (Commands.run(cmd, opts)); @e2b/code-interpreter@2.0.1 (Sandbox extends e2b Sandbox)' },
  { label: 'E2B sandbox code run', form: 'shell', module: ['@e2b/code-interpreter'], instance: true, path: ['runCode'], checkedAgainst: '@e2b/code-interpreter@2.0.1 (Sandbox.runCode(code, opts))' },
  { label: 'Daytona sandbox command', form: 'shell', module: ['@daytonaio/sdk'], instance: true, path: ['process.executeCommand', 'process.codeRun'],
    checkedAgainst: '@daytonaio/sdk@0.25 (Process.executeCommand(command, cwd, env, timeout), Process.codeRun(code, params, timeout))' },
  // Vercel Sandbox: `sandbox.runCommand(cmd, args?, opts?)` or `sandbox.runCommand({ cmd, args, … })` starts the program
  // in the sandbox's microVM, like spawn (`{ cmd: 'sh', args: ['-c', command] }` runs a command line).
  { label: 'Vercel Sandbox command', form: 'program', module: ['@vercel/sandbox'], instance: true, path: ['runCommand'],
    checkedAgainst: '@vercel/sandbox (vercel/sandbox packages/vercel-sandbox/src/sandbox.ts @01b9cb6, session.ts RunCommandParams { cmd, args, cwd, env, sudo, detached })' },
];

/** Programs that run their `-c` argument as a command line. */
export const shellPrograms = /^(?:(?:\/usr)?\/bin\/|\/usr\/local\/bin\/)?(?:ba|z|da|k|fi|c|tc)?sh(?:\.exe)?$|^(?:cmd|powershell|pwsh)(?:\.exe)?$/i;

/** The flag after which a shell reads its command line (`sh -c`, `bash -lc`, `cmd /c`, `powershell -Command`). */
export const shellCommandFlags = /^(?:-[a-z]*c|\/c|\/k|-command|-encodedcommand)$/i;

/**
 * Command-line programs whose first argument names a subcommand, among which some write (`gh issue create`, `npm
 * publish`, `git push`, `kubectl delete`, `terraform apply`): handed the model's whole argument list (`gh ${args}`,
 * `execFile('kubectl', input.args)`), the model picks what runs (README questions 38 and 86: a git tool that appends
 * model-written arguments). Programs that only read (`rg`, `grep`, `ls`, `cat`) are not here, and a subcommand the
 * code fixes (`git log ${file}`, `npm test ${pkg}`) leaves only arguments to the model.
 */
export const subcommandPrograms = /^(?:git|gh|glab|hub|npm|npx|pnpm|pnpx|yarn|bun|bunx|docker|podman|kubectl|helm|terraform|tofu|pulumi|aws|gcloud|gsutil|az|doctl|heroku|vercel|netlify|flyctl|fly|wrangler|supabase|firebase|railway|cargo|pip3?|uv|poetry|brew)(?:\.exe|\.cmd)?$/i;
