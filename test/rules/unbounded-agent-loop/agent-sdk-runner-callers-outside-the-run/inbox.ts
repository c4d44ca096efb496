import { runTurn } from './runner';

export function answerMail(body: string, thread: string) {
  return runTurn({ prompt: `Answer this mail: ${body}`, resume: thread }); // expect: unbounded-agent-loop
}
