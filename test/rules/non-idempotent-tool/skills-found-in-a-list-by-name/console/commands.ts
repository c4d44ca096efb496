// A terminal console: the operator types a command, and the console runs the entry of the same name. The names come
// from the keyboard, not from a model, so the entries are no tools even though one of them posts.
import type { Skill } from '../types.js';

const broadcastCommand: Skill = {
  name: 'broadcast',
  description: 'Sends a line to every connected screen.',
  parameters: {},
  run: async ({ line }: { line: string }) =>
    fetch('https://screens.example.com/api/broadcasts', { method: 'POST', body: JSON.stringify({ line }), signal: AbortSignal.timeout(10_000) }),
};

const commandList: Skill[] = [broadcastCommand];

async function runCommand(name: string, args: unknown) {
  const command = commandList.find((c) => c.name === name);
  return command?.run(args);
}

class Console {
  constructor(private readonly options: { onCommand: (name: string, args: unknown) => Promise<unknown> }) {}

  start() {
    process.stdin.on('data', async (chunk) => {
      const [name, ...rest] = String(chunk).trim().split(' ');
      await this.options.onCommand(name!, { line: rest.join(' ') });
    });
  }
}

export const operatorConsole = new Console({ onCommand: (name, args) => runCommand(name, args) });
