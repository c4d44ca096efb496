// Question 154: a crontab the code installs with a line that runs a headless agent CLI fires the agent on every match,
// again and again — a finding where the table is installed: at the call of the project helper that hands `crontab -`
// the table (`this.writeTable(next)`), and at a shell line piping the new entry into `crontab -`. Near-misses: the same
// helper handed the table with the task's line filtered out, listing the table, and an entry running a report script.
import { execa } from 'execa';
import { execSync } from 'node:child_process';

const MARK = '# nightly-agent:';

export class CrontabInstaller {
  private async readTable(): Promise<string> {
    const { stdout } = await execa('crontab', ['-l']);
    return stdout;
  }

  private async writeTable(table: string): Promise<void> {
    await execa('crontab', ['-'], { input: table });
  }

  async add(id: string, schedule: string, prompt: string): Promise<void> {
    const lines = (await this.readTable()).split('\n').filter((line) => !line.includes(`${MARK}${id}`));
    const command = `cd /srv/repo && codex exec '${prompt}'`;
    lines.push(`${schedule} ${command} ${MARK}${id}`);
    const next = lines.join('\n') + '\n';
    await this.writeTable(next); // expect: unbounded-agent-loop
  }

  async remove(id: string): Promise<void> {
    const lines = (await this.readTable()).split('\n').filter((line) => !line.includes(`${MARK}${id}`));
    await this.writeTable(lines.join('\n') + '\n');
  }

  async addReport(id: string, schedule: string): Promise<void> {
    const lines = (await this.readTable()).split('\n');
    lines.push(`${schedule} /srv/bin/report.sh ${MARK}${id}`);
    await this.writeTable(lines.join('\n') + '\n');
  }
}

export function addDailyReview(prompt: string): void {
  execSync(`(crontab -l; echo "0 9 * * * gemini -p '${prompt}' --yolo") | crontab -`); // expect: unbounded-agent-loop
}
