// The helpdesk's operator CLI uses the same shape as the tools — an abstract base class that binds
// `this.run` into a registration — but it registers with commander, not with an agent framework, and
// its base class is not BaseTool: PurgeSpamCommand's POST is not a tool's (clean).
import { Command } from 'commander';
import { HELPDESK } from './base-tool.js';

abstract class BaseCommand {
  abstract readonly name: string;
  abstract run(options: Record<string, string>): Promise<void>;

  register(program: Command) {
    program.command(this.name).option('--older-than <days>').action(this.run.bind(this));
  }
}

export class PurgeSpamCommand extends BaseCommand {
  readonly name = 'purge-spam';

  async run(options: Record<string, string>) {
    await fetch(`${HELPDESK}/tickets/spam/purge`, { method: 'POST', body: JSON.stringify(options), signal: AbortSignal.timeout(60_000) });
  }
}

const program = new Command('helpdesk');
new PurgeSpamCommand().register(program);
await program.parseAsync();
