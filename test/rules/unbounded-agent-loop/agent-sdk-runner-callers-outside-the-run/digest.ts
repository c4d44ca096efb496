import { runTurn } from './runner';

export function writeDigest(notes: string[]) {
  return runTurn({ prompt: `Write a digest of:\n${notes.join('\n')}` }); // expect: unbounded-agent-loop
}
