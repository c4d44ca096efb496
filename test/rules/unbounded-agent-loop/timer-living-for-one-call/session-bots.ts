// Corpus README question 48 against question 22: a timer that calls the model on every tick but is cleared
// when the call it serves ends lives for that call, not for the process. The supervisor bot is stopped from
// the voice socket's close handler (server.ts); the heartbeat is cleared in the `finally` of the work it
// reports on. The autonomous bot can be stopped too, but only from a signal handler: it runs for the process.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 20_000 });

async function ask(prompt: string): Promise<string> {
  const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: prompt }] });
  return completion.choices[0]?.message.content ?? '';
}

export class SupervisorBot {
  private timer: NodeJS.Timeout | undefined;
  constructor(private readonly transcript: () => string) {}

  start = () => {
    this.timer = setInterval(this.review, 5_000);
  };

  stop = () => clearInterval(this.timer);

  review = async () => {
    const verdict = await ask(`Rate this call so far:\n${this.transcript()}`);
    console.log('supervisor', verdict);
  };
}

export async function draftWithHeartbeat(topic: string, progress: (note: string) => void): Promise<string> {
  const heartbeat = setInterval(async () => {
    progress(await ask(`One line on drafting progress about ${topic}.`));
  }, 10_000);
  try {
    return await ask(`Draft a post about ${topic}.`);
  } finally {
    clearInterval(heartbeat);
  }
}

export class AutonomousBot {
  private timer: NodeJS.Timeout | undefined;
  private done: string[] = [];

  start() {
    this.timer = setInterval(async () => { // expect: unbounded-agent-loop
      this.done.push(await ask(`Here is what you did so far:\n${this.done.join('\n')}\nDo the next thing.`));
    }, 60_000);
    process.on('SIGINT', () => this.stop());
  }

  stop() {
    clearInterval(this.timer);
  }
}

// Restarting clears the timer it replaces before starting the next one: that clear stops the previous timer, not this
// one, so the new timer still runs for the process.
export class RestartableBot {
  private timer: NodeJS.Timeout | undefined;
  private notes: string[] = [];

  restart(everyMs: number) {
    if (this.timer) clearInterval(this.timer);
    this.timer = setInterval(async () => { // expect: unbounded-agent-loop
      this.notes.push(await ask(`Your notes so far:\n${this.notes.join('\n')}\nAct on them.`));
    }, everyMs);
  }
}
