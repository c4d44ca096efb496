// Question 154: a launchd job the code writes and loads, firing on a calendar interval and running the agent CLI each
// time, is a timer armed in the operating system — a finding at `launchctl load`. Near-misses: unloading it, a plist
// with no interval (it runs once, at load), and an interval job that runs a backup, no agent.
import { execa } from 'execa';
import { writeFile } from 'node:fs/promises';
import { JobInstaller, type NightlyTask } from './base.js';

export class LaunchdInstaller extends JobInstaller {
  private plistPath(id: string): string {
    return `/Users/me/Library/LaunchAgents/dev.nightly.${id}.plist`;
  }

  private plist(task: NightlyTask, command: string, interval: boolean): string {
    const calendar = interval
      ? `<key>StartCalendarInterval</key>\n<dict><key>Hour</key><integer>${task.hour}</integer></dict>`
      : '<key>RunAtLoad</key><true/>';
    return `<?xml version="1.0"?>
<plist version="1.0"><dict>
<key>Label</key><string>dev.nightly.${task.id}</string>
<key>ProgramArguments</key>
<array><string>/bin/sh</string><string>-c</string><string>${command}</string></array>
${calendar}
</dict></plist>`;
  }

  async install(task: NightlyTask): Promise<void> {
    const path = this.plistPath(task.id);
    const content = this.plist(task, this.agentCommand(task), true);
    await writeFile(path, content, 'utf8');
    await execa('launchctl', ['load', path]); // expect: unbounded-agent-loop
  }

  async uninstall(task: NightlyTask): Promise<void> {
    await execa('launchctl', ['unload', this.plistPath(task.id)]);
  }

  async runOnceAtLoad(task: NightlyTask): Promise<void> {
    const path = this.plistPath(`${task.id}-once`);
    await writeFile(path, this.plist(task, this.agentCommand(task), false), 'utf8');
    await execa('launchctl', ['load', path]);
  }

  async installBackup(task: NightlyTask): Promise<void> {
    const path = this.plistPath(`${task.id}-backup`);
    await writeFile(path, this.plist(task, this.backupCommand(task), true), 'utf8');
    await execa('launchctl', ['load', path]);
  }
}
