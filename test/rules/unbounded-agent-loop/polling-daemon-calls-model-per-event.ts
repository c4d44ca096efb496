// A daemon that polls and calls a model once per event (corpus README question 18) is clean: the loop never
// ends on the model's word, it waits its interval every pass, and the model runs only for what the pass found
// (each new message, a digest that is due). An autonomous loop that asks the model on every pass, and a poller
// that stops when the model says so, are agent loops the model drives: reported.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 30_000 });
const POLL_MS = 30_000;

interface Message { id: string; text: string }
declare function fetchUnread(): Promise<Message[]>;
declare function forward(message: Message, summary: string): Promise<void>;
declare function digestDue(): boolean;
declare function postUpdate(text: string): Promise<void>;

async function summarise(text: string): Promise<string> {
  const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Summarise: ${text}` }] });
  return completion.choices[0]?.message.content ?? '';
}

export async function inboxPoller(): Promise<void> {
  const seen = new Set<string>();
  while (true) {
    try {
      const fresh = (await fetchUnread()).filter((m) => !seen.has(m.id));
      for (const message of fresh) {
        seen.add(message.id);
        await forward(message, await summarise(message.text));
      }
      if (digestDue()) await postUpdate(await summarise('today'));
    } catch (error) {
      console.error('poll failed', error);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export class AutonomousPoster {
  private stopped = false;

  async run(): Promise<void> {
    while (!this.stopped) { // expect: unbounded-agent-loop
      const idea = await summarise('what should we post next?');
      await postUpdate(idea);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  stop(): void {
    this.stopped = true;
  }
}

export async function pollUntilModelSaysDone(): Promise<void> {
  while (true) { // expect: unbounded-agent-loop
    for (const message of await fetchUnread()) {
      const verdict = await summarise(message.text);
      if (verdict === 'DONE') return;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

// BabyAGI's task loop sleeps every pass too, but its branch tests a task list the loop carries and refills with the
// tasks the model made: the model's output feeds the next pass.
export async function taskLoop(objective: string): Promise<void> {
  const tasks: string[] = [objective];
  while (true) { // expect: unbounded-agent-loop
    if (tasks.length > 0) {
      const task = tasks.shift()!;
      const next = await summarise(`Do ${task}, then list follow-up tasks`);
      for (const line of next.split('\n')) tasks.push(line);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}
