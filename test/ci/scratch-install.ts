// Scratch repositories "with packages installed": node_modules/.bin/agentvet runs this checkout's
// built CLI, as `npm install -D agentvet` would make it run the published one; tools from npm
// (lint-staged, husky, turbo) are linked from this repository's node_modules, where the lockfile pinned them.
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CLI } from '../cli/cli-process.js';
import { REPO } from './readme-snippets.js';

export function installAgentvet(projectDir: string): void {
  const bin = join(projectDir, 'node_modules/.bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'agentvet'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
  chmodSync(join(bin, 'agentvet'), 0o755);
}

/** Links an npm package (and its bin entries) into the project, as `npm install` would lay it out. */
export function installFromNpm(projectDir: string, name: string): void {
  const source = join(REPO, 'node_modules', name);
  if (!existsSync(source)) throw new Error(`${name} is not installed in ${REPO}/node_modules: run npm install`);
  const target = join(projectDir, 'node_modules', name);
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(source, target);
  const manifest = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as { bin?: string | Record<string, string> };
  const bins = typeof manifest.bin === 'string' ? { [name]: manifest.bin } : (manifest.bin ?? {});
  mkdirSync(join(projectDir, 'node_modules/.bin'), { recursive: true });
  for (const [command, path] of Object.entries(bins)) symlinkSync(join(source, path), join(projectDir, 'node_modules/.bin', command));
}
