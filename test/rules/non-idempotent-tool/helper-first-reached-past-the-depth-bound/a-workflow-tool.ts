// Linted first (sorted): this tool reaches `createThing` five calls down, where the summary's depth bound stops
// before the POST (store.ts: `createThing` → `saveRow` → `postRow`). Its own handler stays clean — the POST is past
// the bound from here — and what the bound cut here must not be what `create-tool.ts` is told about `createThing`:
// that file's finding is the same whether this file is in the run or not (test/engine/named-files-parity.test.ts).
import { tool } from 'ai';
import { z } from 'zod';
import { createThing } from './store';

async function stepOne(name: string) {
  return stepTwo(name.trim());
}

async function stepTwo(name: string) {
  return stepThree(name.toLowerCase());
}

async function stepThree(name: string) {
  return stepFour(`${name}-draft`);
}

async function stepFour(name: string) {
  return createThing(name);
}

export const runWorkflowTool = tool({
  description: 'Run the drafting workflow for a thing',
  inputSchema: z.object({ name: z.string() }),
  execute: async ({ name }) => stepOne(name),
});
