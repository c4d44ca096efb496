// The ops skills. Running a shell line the model wrote does whatever the line says, again on a repeat; reading the
// uptime runs a fixed command that writes nothing.
import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import type { Skill } from '../types.js';

const run = promisify(exec);

export const shellLineSkill: Skill = {
  name: 'run_shell_line',
  description: 'Runs one bash line on the ops host.',
  parameters: { type: 'object', properties: { line: { type: 'string' } }, required: ['line'] },
  run: async ({ line }: { line: string }) => {
    const { stdout } = await run(`bash -lc "${line.replace(/"/g, '\\"')}"`); // expect: non-idempotent-tool
    return { stdout };
  },
};

export const uptimeSkill: Skill = {
  name: 'host_uptime',
  description: 'Reads how long the ops host has been up.',
  parameters: { type: 'object', properties: {} },
  run: async () => {
    const { stdout } = await run('uptime');
    return { stdout };
  },
};

export const opsSkills: Skill[] = [shellLineSkill, uptimeSkill];
