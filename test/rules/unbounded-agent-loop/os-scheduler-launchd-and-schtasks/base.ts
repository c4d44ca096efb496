// The command line every installed job runs: a headless agent CLI with the task's prompt.
export interface NightlyTask {
  id: string;
  prompt: string;
  hour: number;
  unattended: boolean;
}

export abstract class JobInstaller {
  protected agentCommand(task: NightlyTask): string {
    const quoted = `'${task.prompt.replace(/'/g, `'\\''`)}'`;
    const extra = task.unattended ? ' --dangerously-skip-permissions' : '';
    return `claude -p ${quoted}${extra}`;
  }

  protected backupCommand(task: NightlyTask): string {
    return `tar czf /var/backups/${task.id}.tgz /srv/data`;
  }

  abstract install(task: NightlyTask): Promise<void>;
}
