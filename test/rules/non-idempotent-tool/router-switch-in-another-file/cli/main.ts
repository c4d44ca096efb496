import { handleExport } from './exports.js';

export async function runCommand(command: string, args: { projectId: string }): Promise<string> {
  switch (command) {
    case 'export':
      return await handleExport(args);
    default:
      throw new Error(`unknown command ${command}`);
  }
}

const [command = 'export', projectId = ''] = process.argv.slice(2);
runCommand(command, { projectId }).then(console.log);
