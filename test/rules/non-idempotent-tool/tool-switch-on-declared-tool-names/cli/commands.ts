// A command-line switch whose cases name no tool the package declares: the person at the terminal runs these, no model.
const API = 'https://boards.example.com/api';

export async function runCommand(command: string, board: string) {
  switch (command) {
    case 'archive-board':
      await fetch(`${API}/boards/${board}/archive`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
      return;
    case 'duplicate-board':
      await fetch(`${API}/boards/${board}/duplicate`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
      return;
    default:
      throw new Error(`Unknown command ${command}`);
  }
}

runCommand(process.argv[2] ?? '', process.argv[3] ?? '').catch(console.error);
