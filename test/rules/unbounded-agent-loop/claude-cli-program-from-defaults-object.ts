// The program a spawn starts, read from a settings object with a defaults object behind it
// (`this.settings.cliPath ?? RUNNER_DEFAULTS.cliPath`): the defaults' literal is what runs when nothing is configured, so
// `claude -p` with no `--max-turns` is reported. The near miss: the same shape whose default program is an editor
// (`vim -p` opens tabs, it is no agent), which stays clean.
import { spawn } from 'node:child_process';

interface RunnerSettings {
  cliPath?: string;
  mode?: string;
}

const RUNNER_DEFAULTS: Required<RunnerSettings> = {
  cliPath: 'claude',
  mode: 'acceptEdits',
};

const EDITOR_DEFAULTS = { cliPath: 'vim' };

export class TaskRunner {
  private settings: RunnerSettings;

  constructor(settings: RunnerSettings = {}) {
    this.settings = settings;
  }

  run(task: string) {
    const program = this.settings.cliPath ?? RUNNER_DEFAULTS.cliPath;
    const mode = this.settings.mode ?? RUNNER_DEFAULTS.mode;
    const args = ['-p', task, '--output-format', 'stream-json', '--permission-mode', mode];
    return spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'] }); // expect: unbounded-agent-loop
  }

  openNotes(files: string[], editor?: string) {
    const program = editor ?? EDITOR_DEFAULTS.cliPath;
    return spawn(program, ['-p', ...files], { stdio: 'inherit' });
  }
}
