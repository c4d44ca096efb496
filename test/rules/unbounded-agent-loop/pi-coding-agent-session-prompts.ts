// pi-coding-agent: `session.prompt(text)` on an AgentSession runs pi-agent-core's agent loop on the session's agent —
// the model, the tools it asks for (read, bash, edit, write by default), the model again — with no turn option; only
// `session.abort()` stops it. A session is made with `new AgentSession(config)` or taken from
// `await createAgentSession(options)` — also kept in a map of handles and looked up later. Reported at the prompt call
// (question 58). Near-misses: a prompt awaited under a 20-minute timer that aborts the session, one raced against a
// promise whose timer aborts it (question 76), and a project object with a `prompt` method of its own.
import { AgentSession, createAgentSession } from '@mariozechner/pi-coding-agent';

interface Reply { send(text: string): Promise<void> }

export async function answerTicket(config: ConstructorParameters<typeof AgentSession>[0], ticket: string, reply: Reply) {
  const session = new AgentSession(config);
  await session.prompt(`Fix the issue described here and push a branch:\n${ticket}`); // expect: unbounded-agent-loop
  await reply.send('done');
}

export async function handleRpc(message: string) {
  const { session } = await createAgentSession({ cwd: process.cwd() });
  await session.sendUserMessage(message); // expect: unbounded-agent-loop
}

interface Handle { session: { prompt(text: string): Promise<void> }; startedAt: number }

export class SessionPool {
  private handles = new Map<string, Handle>();

  async open(id: string, cwd: string) {
    const { session } = await createAgentSession({ cwd });
    this.handles.set(id, { session, startedAt: Date.now() });
  }

  async send(id: string, text: string) {
    const handle = this.handles.get(id);
    if (!handle) throw new Error(`no session ${id}`);
    await handle.session.prompt(text); // expect: unbounded-agent-loop
  }
}

export async function answerWithinBudget(message: string) {
  const { session } = await createAgentSession({ cwd: process.cwd() });
  const timer = setTimeout(() => session.abort(), 20 * 60_000);
  try {
    await session.prompt(message);
  } finally {
    clearTimeout(timer);
  }
}

export async function answerRacingTheClock(message: string) {
  const { session } = await createAgentSession({ cwd: process.cwd() });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (async () => {
    await session.prompt(message);
  })();
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void session.abort();
      reject(new Error('session timed out'));
    }, 30 * 60_000);
  });
  try {
    await Promise.race([run, expired]);
  } finally {
    clearTimeout(timer);
  }
}

class Questionnaire {
  private answers: string[] = [];
  async prompt(question: string): Promise<string> {
    this.answers.push(question);
    return question.toUpperCase();
  }
}

export async function askAll(questions: string[]) {
  const form = new Questionnaire();
  for (const question of questions) await form.prompt(question);
}
