// The skills of the desk assistant. Posting a note creates one under a fresh id on every call; listing them reads.
// The model's command handed to a fixed shell after its command flag: the shell runs whatever the model wrote. A
// script the code names, handed a model-written value after `-Name`, runs the code's script: not the model's command.
import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import type { Skill } from '../types.js';

const execAsync = promisify(exec);

export const postNoteSkill: Skill = {
  name: 'post_note',
  description: 'Posts a note to the team board.',
  parameters: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] },
  run: async ({ text }: { text: string }) => {
    const res = await fetch('https://board.example.com/api/notes', { // expect: non-idempotent-tool
      method: 'POST',
      body: JSON.stringify({ text }),
      signal: AbortSignal.timeout(10_000),
    });
    return res.json();
  },
};

export const listNotesSkill: Skill = {
  name: 'list_notes',
  description: 'Lists the notes on the team board.',
  parameters: { type: 'object', properties: {} },
  run: async () => (await fetch('https://board.example.com/api/notes', { signal: AbortSignal.timeout(10_000) })).json(),
};

export const powershellSkill: Skill = {
  name: 'run_powershell',
  description: 'Runs a PowerShell command on this machine.',
  parameters: { type: 'object', properties: { command: { type: 'string' } }, required: ['command'] },
  run: async ({ command }: { command: string }) => {
    const { stdout } = await execAsync(`powershell -NoProfile -Command "${command.replace(/"/g, '`"')}"`); // expect: non-idempotent-tool
    return stdout;
  },
};

export const reportSkill: Skill = {
  name: 'disk_report',
  description: 'Prints the disk usage report for one drive.',
  parameters: { type: 'object', properties: { drive: { type: 'string' } }, required: ['drive'] },
  run: async ({ drive }: { drive: string }) => {
    const { stdout } = await execAsync(`powershell -NoProfile -File C:\\tools\\disk-report.ps1 -Name "${drive}"`);
    return stdout;
  },
};
