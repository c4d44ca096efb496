// The OpenAI Codex SDK's `thread.run(input)` / `runStreamed(input)` spawns `codex exec` for the turn and waits for the
// agent to finish: the CLI has no turn bound, so only an abort `signal` in the turn options stops it (test/corpus/README.md
// question 101). A turn with no signal — none given, only an output schema, or a signal added only when a caller has
// one — is unbounded, at the run call, whether the thread is started, resumed or held in a field typed `Thread`.
// Clean: a turn given a timer's signal, options we cannot see into (a parameter), and a project object's own `run`.
import { Codex, type Thread, type TurnOptions } from '@openai/codex-sdk';

const codex = new Codex();

export async function summarise(dir: string) {
  const thread = codex.startThread({ workingDirectory: dir, sandboxMode: 'read-only' });
  const turn = await thread.run('Summarise this repository.'); // expect: unbounded-agent-loop
  return turn.finalResponse;
}

export async function review(threadId: string, schema: object) {
  const thread = codex.resumeThread(threadId);
  return thread.run('Review the last commit.', { outputSchema: schema }); // expect: unbounded-agent-loop
}

export async function stream(thread: Thread, prompt: string, signal?: AbortSignal) {
  const options = { ...(signal !== undefined ? { signal } : {}) };
  const { events } = await thread.runStreamed(prompt, options); // expect: unbounded-agent-loop
  for await (const event of events) if (event.type === 'turn.completed') return event;
  return undefined;
}

export async function timed(prompt: string) {
  const thread = codex.startThread();
  const turn = await thread.run(prompt, { signal: AbortSignal.timeout(10 * 60_000) });
  const { events } = await thread.runStreamed(prompt, { outputSchema: {}, signal: AbortSignal.timeout(60_000) });
  return { turn, events };
}

export async function configured(thread: Thread, prompt: string, options: TurnOptions) {
  return thread.run(prompt, options);
}

class Pipeline {
  async run(prompt: string) {
    return prompt.length;
  }
}

export async function notCodex(prompt: string) {
  return new Pipeline().run(prompt);
}
