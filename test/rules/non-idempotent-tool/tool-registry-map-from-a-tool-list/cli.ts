// Near-miss: the operator's command-line tasks, built into a Map the same way (pairs of a name read off each task and
// its `execute`) but run by the command a person typed (process.argv), not by any name a model sends. The POST in
// purge stays clean.
interface Task {
  command: { name: string; usage: string };
  execute: (input: unknown) => Promise<string>;
}

const purgeTask: Task = {
  command: { name: 'purge', usage: 'cli purge' },
  execute: async () => {
    const res = await fetch('https://rooms.example.com/api/purges', { method: 'POST', signal: AbortSignal.timeout(10_000) });
    return String(res.status);
  },
};

const TASKS = [purgeTask];
const tasks = new Map(TASKS.map((task) => [task.command.name, task.execute]));

export async function main(argv: string[]) {
  const command = argv[2] ?? 'help';
  const task = tasks.get(command);
  console.log(task ? await task({}) : 'usage: cli purge');
}
