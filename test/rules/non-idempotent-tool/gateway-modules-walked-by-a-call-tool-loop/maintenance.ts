// Near-miss: the same loop over namespace imports, but the name each module's `handle` is offered is the command an
// operator typed, so the POST in purge.ts's `handle` is no tool's (clean).
import * as purgeTask from './maintenance/purge.js';

const TASKS = [purgeTask];

export async function main(argv: string[]) {
  const name = argv[2] ?? 'help';
  for (const task of TASKS) {
    if (await task.handle(name)) return;
  }
  console.log('usage: maintenance purge');
}
