// Functions that run a command on this machine. A tool that runs the command the model wrote may write anything
// (README question 38): which argument holds that command, and in what form, is a fact about each function.
import type { CallPattern, Checked, PatternFact } from './types.js';

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
  // `import { spawn } from 'bun'` is the global `Bun`'s own (bun-types globals.d.ts: `declare var Bun: typeof import("bun")`).
  { label: 'Bun.spawn', form: 'argv', module: ['bun'], export: ['spawn', 'spawnSync'], path: [''], checkedAgainst: 'bun-types@1.2.23 (bun.d.ts function spawn/spawnSync)' },
  { label: 'Bun.spawn', form: 'argv', module: ['bun'], export: ['*'], path: ['spawn', 'spawnSync'], checkedAgainst: 'bun-types@1.2.23 (bun.d.ts function spawn/spawnSync)' },
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

/**
 * Container runtimes whose `exec` runs a program inside a running container (`docker exec [OPTIONS] CONTAINER COMMAND
 * [ARG...]`, `kubectl exec POD -- COMMAND`): handed the model's command there, the model's command runs (README questions
 * 38 and 80: a command run in a sandbox may write all the same).
 */
export const containerPrograms: PatternFact = {
  pattern: /^(?:docker|podman|nerdctl|kubectl|oc)(?:\.exe)?$/i,
  checkedAgainst: 'docker-cli 28.5 docker-exec(1) (`docker exec [OPTIONS] CONTAINER COMMAND [ARG...]`); podman, nerdctl, kubectl and oc exec not re-checked here',
};

/**
 * Options of `docker exec` that take a value as the next word: `-e K=V`, `-u root`, `-w /dir`. kubectl's `-c`/`-n` are
 * not docker's; a kubectl exec is read after its `--`, and its long `--container`/`--namespace` stay for the old form.
 */
export const containerValueOptions: PatternFact = {
  pattern: /^(?:-[euw]|--(?:env|env-file|user|workdir|container|namespace|detach-keys))$/,
  checkedAgainst: 'docker-cli 28.5 docker-exec(1) OPTIONS: -e/--env, --env-file, -u/--user, -w/--workdir, --detach-keys take a value; -d, -i, -t, --privileged do not; no -c or -n',
};

/**
 * Template tags that run their template as a command line: Bun's shell, `Bun.$\`bash -c ${cmd}\`` or `$` imported from
 * 'bun' (the global `Bun`'s own). Each interpolated value is escaped as one word, a list as one word per element
 * (docs/runtime/shell.md: "Input is escaped by default"); `{ raw: text }` is inserted unescaped.
 */
export const shellTemplateTags: ReadonlyArray<CallPattern & Checked & { label: string }> = [
  { label: 'Bun shell', module: ['global'], export: ['Bun'], path: ['$'], checkedAgainst: 'bun-types@1.2.23 (shell.d.ts function $(strings, ...expressions: ShellExpression[]))' },
  { label: 'Bun shell', module: ['bun'], export: ['$'], path: [''], checkedAgainst: 'bun-types@1.2.23 (shell.d.ts function $(strings, ...expressions: ShellExpression[]))' },
  { label: 'Bun shell', module: ['bun'], export: ['*'], path: ['$'], checkedAgainst: 'bun-types@1.2.23 (shell.d.ts function $(strings, ...expressions: ShellExpression[]))' },
];

/**
 * A write to a child process's standard input (stream.Writable): what is written reaches the program's standard input,
 * which a persistent interpreter or shell runs as its next lines of code (README question 29). The process comes from
 * spawn, or is held typed as node's `ChildProcess`; the first argument is the text.
 */
export const processInputWrites: ReadonlyArray<CallPattern & Checked & { label: string }> = [
  { label: 'write to a child process stdin', module: CHILD_PROCESS, export: ['spawn', 'ChildProcess', 'ChildProcessWithoutNullStreams', 'ChildProcessByStdio'], instance: true,
    path: ['stdin.write'], checkedAgainst: 'node@20.20 (@types/node child_process.d.ts: class ChildProcess { stdin: Writable | null })' },
];

/** Programs that read code to run from their standard input when given no script: shells, interpreters, REPLs. */
export const stdinInterpreters: PatternFact = {
  pattern: /^(?:(?:\/usr)?\/bin\/|\/usr\/local\/bin\/)?(?:(?:ba|z|da|k|fi|c|tc)?sh|python[\d.]*|node|nodejs|bun|deno|ruby|irb|perl|php|lua|R|julia|ghci|psql|sqlite3|mysql|docker|podman|kubectl|ssh)(?:\.exe)?$/i,
  checkedAgainst: 'not re-checked per program: each reads its program or statements from standard input when given no script (sh and bash: "commands are read from the standard input"; python, node, ruby, perl: a program read from stdin; psql, sqlite3, mysql: SQL from stdin; docker/podman/kubectl exec -i and ssh hand stdin to the command they run) — to be checked against each man page',
};
