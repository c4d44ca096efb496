// `while (madeProgress)` over a task list read once before the loop: each pass sets the flag only when it runs or blocks
// a task it has not handled yet (skipped by `done.has(task.id)`, then `done.add(task.id)`), so every pass that goes on
// handles one more task of a finite list — a dependency scheduler, one agent run per task, the model decides no
// continuation (question 154) — clean. Reported twins: the same passes over a list the loop refills with tasks a model
// plans, and passes that set the flag on a run without ever marking the task handled.
import { query } from '@anthropic-ai/claude-agent-sdk';

interface Task { id: string; prompt: string; dependsOn: string[] }

declare function loadTasks(): Task[];
declare function planFollowUps(output: string): Promise<Task[]>;

async function runTask(task: Task): Promise<string> {
  let out = '';
  for await (const message of query({ prompt: task.prompt, options: { maxTurns: 25 } })) {
    if (message.type === 'result' && message.subtype === 'success') out = message.result;
  }
  return out;
}

export async function runInDependencyOrder(): Promise<void> {
  const tasks = loadTasks();
  const done = new Set<string>();
  const failed = new Set<string>();
  let madeProgress = true;
  while (madeProgress) {
    madeProgress = false;
    for (const task of tasks) {
      if (done.has(task.id) || failed.has(task.id)) continue;
      if (!task.dependsOn.every((id) => done.has(id))) {
        if (task.dependsOn.some((id) => failed.has(id))) {
          failed.add(task.id);
          madeProgress = true;
        }
        continue;
      }
      madeProgress = true;
      const out = await runTask(task);
      if (out.includes('FAILED')) failed.add(task.id);
      else done.add(task.id);
    }
  }
}

export async function runAndPlanMore(): Promise<void> {
  const tasks = loadTasks();
  const done = new Set<string>();
  let madeProgress = true;
  while (madeProgress) { // expect: unbounded-agent-loop
    madeProgress = false;
    for (const task of [...tasks]) {
      if (done.has(task.id)) continue;
      madeProgress = true;
      const out = await runTask(task);
      done.add(task.id);
      tasks.push(...await planFollowUps(out));
    }
  }
}

export async function runUntilQuiet(): Promise<void> {
  const tasks = loadTasks();
  let madeProgress = true;
  while (madeProgress) { // expect: unbounded-agent-loop
    madeProgress = false;
    for (const task of tasks) {
      const out = await runTask(task);
      if (!out.includes('NOTHING TO DO')) madeProgress = true;
    }
  }
}
