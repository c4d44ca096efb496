// BabyAGI's loop: take the first task, run it, and put back the tasks a model call makes from the result
// (`tasks.push(...newTasks)`, or the list replaced by the model's reprioritised one): the model decides whether
// the list ever empties, so its size bounds nothing. Twin: a crawler whose queue is refilled with links parsed
// from each fetched page (the model only summarises): the pages, not the model, decide what is queued.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 60_000 });

async function ask(prompt: string): Promise<string> {
  const reply = await openai.chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'user', content: prompt }] });
  return reply.choices[0]!.message.content ?? '';
}

async function createTasks(objective: string, result: string): Promise<string[]> {
  return (await ask(`Objective: ${objective}\nLast result: ${result}\nList new tasks, one a line.`)).split('\n').filter(Boolean);
}

async function prioritise(objective: string, tasks: string[]): Promise<string[]> {
  return (await ask(`Objective: ${objective}\nReorder these tasks:\n${tasks.join('\n')}`)).split('\n').filter(Boolean);
}

export async function babyAgi(objective: string): Promise<void> {
  const tasks = ['Make a plan'];
  while (tasks.length > 0) { // expect: unbounded-agent-loop
    const task = tasks.shift()!;
    const result = await ask(`Objective: ${objective}\nTask: ${task}`);
    const newTasks = await createTasks(objective, result);
    tasks.push(...newTasks);
  }
}

export async function babyAgiReprioritised(objective: string): Promise<void> {
  let tasks = [{ id: 1, name: 'Make a plan' }];
  while (tasks.length > 0) { // expect: unbounded-agent-loop
    const task = tasks.shift()!;
    const result = await ask(`Objective: ${objective}\nTask: ${task.name}`);
    const prioritised = await prioritise(objective, [...tasks.map((t) => t.name), ...(await createTasks(objective, result))]);
    tasks = prioritised.map((name, i) => ({ id: i + 1, name }));
  }
}

function linksIn(html: string): string[] {
  return [...html.matchAll(/href="(https:[^"]+)"/g)].map((match) => match[1]!);
}

export async function crawlAndSummarise(start: string, seen = new Set<string>()): Promise<string[]> {
  const queue = [start];
  const summaries: string[] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const html = await (await fetch(url, { signal: AbortSignal.timeout(10_000) })).text();
    summaries.push(await ask(`Summarise:\n${html.slice(0, 4000)}`));
    const links = linksIn(html);
    queue.push(...links);
  }
  return summaries;
}
