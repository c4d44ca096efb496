// A supervisor that restarts its worker process on a timer after it exits, and registers listeners that ask the model
// about each message the worker sends, calls the model once per event the emitter delivers, not once per restart: the
// daemon of test/corpus/README.md question 18, clean (also when the listeners are registered by a helper). The twin
// whose restart itself asks the model for a plan before listening is question 22's timer loop: reported at the
// self-call.
import { fork, type ChildProcess } from 'node:child_process';
import OpenAI from 'openai';

const openai = new OpenAI();

function listen(child: ChildProcess) {
  child.on('message', async (message: { text: string }) => {
    const answer = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: message.text }] });
    child.send({ reply: answer.choices[0]?.message.content ?? '' });
  });
}

export function supervise(script: string) {
  const child = fork(script);
  listen(child);
  child.once('exit', () => {
    setTimeout(() => supervise(script), 5_000);
  });
}

export function superviseInline(script: string) {
  const child = fork(script);
  child.on('message', async (message: { text: string }) => {
    const answer = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: message.text }] });
    child.send({ reply: answer.choices[0]?.message.content ?? '' });
  });
  child.once('exit', () => setTimeout(() => superviseInline(script), 5_000));
}

export async function planAndRestart(script: string) {
  const plan = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Plan the next shift.' }] });
  const child = fork(script, [plan.choices[0]?.message.content ?? '']);
  listen(child);
  child.once('exit', () => {
    setTimeout(() => planAndRestart(script), 5_000); // expect: unbounded-agent-loop
  });
}
