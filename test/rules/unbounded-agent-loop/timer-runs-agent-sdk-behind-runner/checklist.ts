// A checklist timer: every interval the agent works through CHECKLIST.md, a file its own Write tool edits, so each run
// acts on what the earlier runs left (corpus README question 22). The runner is reached through its interface; the
// SDK run it makes is bounded, the timer is not. Clean twin: a bridge that runs the agent once per message a person
// sends (question 18's event, not a clock).
import { readFileSync } from 'node:fs';
import type { AgentRunner } from './runner';

export class ChecklistTimer {
  private handle: ReturnType<typeof setInterval> | undefined;
  constructor(private readonly runner: AgentRunner, private readonly folder: string, private readonly everyMs: number) {}

  start(): void {
    this.handle = setInterval(() => void this.beat(), this.everyMs); // expect: unbounded-agent-loop
  }

  stop(): void {
    if (this.handle) clearInterval(this.handle);
  }

  private async beat(): Promise<void> {
    const list = readFileSync(`${this.folder}/CHECKLIST.md`, 'utf8');
    const answer = await this.runner.run(this.folder, { prompt: `Work through the open items:\n${list}` });
    console.log(answer);
  }
}

export function bridge(runner: AgentRunner, folder: string, inbox: { on(event: 'message', listener: (text: string) => void): void }): void {
  inbox.on('message', (text) => {
    void runner.run(folder, { prompt: text }).then((answer) => console.log(answer));
  });
}
