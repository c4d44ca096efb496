// Real git in scratch repositories for the CLI and CI tests: a fixed identity and no user config, so
// commits behave the same on every machine.
import { spawnSync } from 'node:child_process';

export const GIT_ENV: NodeJS.ProcessEnv = {
  GIT_AUTHOR_NAME: 'Agentvet Test',
  GIT_AUTHOR_EMAIL: 'test@agentvet.invalid',
  GIT_COMMITTER_NAME: 'Agentvet Test',
  GIT_COMMITTER_EMAIL: 'test@agentvet.invalid',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** Runs git in `cwd`; throws with git's output when it fails. */
export function git(cwd: string, ...args: string[]): string {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}:\n${run.stdout}${run.stderr}`);
  return run.stdout.trim();
}

/** `git init` with `main` as the first branch. */
export function gitInit(cwd: string): void {
  git(cwd, 'init', '-q', '-b', 'main');
}

/** Stages everything and commits; returns the new commit id. */
export function commitAll(cwd: string, message: string): string {
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '-q', '-m', message);
  return git(cwd, 'rev-parse', 'HEAD');
}
