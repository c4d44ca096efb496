// Question 154: `schtasks /Create` of a daily task whose `/TR` command runs the agent CLI is a finding at the call.
// Near-misses: the same task created `/SC ONCE`, deleting it, and a daily task running a backup.
import { execa } from 'execa';
import { JobInstaller, type NightlyTask } from './base.js';

export class WindowsInstaller extends JobInstaller {
  async install(task: NightlyTask): Promise<void> {
    const command = `powershell -NoProfile -Command "${this.agentCommand(task)}"`;
    const args = ['/Create', '/TN', `nightly-${task.id}`, '/TR', command, '/SC', 'DAILY', '/ST', `${task.hour}:00`, '/F'];
    await execa('schtasks', args); // expect: unbounded-agent-loop
  }

  async installOnce(task: NightlyTask): Promise<void> {
    await execa('schtasks', ['/Create', '/TN', `once-${task.id}`, '/TR', this.agentCommand(task), '/SC', 'ONCE', '/ST', '23:00']);
  }

  async uninstall(task: NightlyTask): Promise<void> {
    await execa('schtasks', ['/Delete', '/TN', `nightly-${task.id}`, '/F']);
  }

  async installBackup(task: NightlyTask): Promise<void> {
    await execa('schtasks', ['/Create', '/TN', `backup-${task.id}`, '/TR', this.backupCommand(task), '/SC', 'DAILY']);
  }
}
