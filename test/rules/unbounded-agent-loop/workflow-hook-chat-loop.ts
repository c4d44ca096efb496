// A Workflow DevKit chat loop: each turn runs a DurableAgent with a step bound and then waits on a hook for the person's
// next message (`await hook`, resumed by a route with resumeHook) — the loop goes round once per message a person sends,
// like a loop reading stdin (RULES.md's person in the loop). The twin that feeds the agent's own answer back as the next
// message, with no hook, runs until the model says so: a finding.
import { DurableAgent } from '@workflow/ai/agent';
import { createHook, defineHook } from 'workflow';
import { z } from 'zod';

const replyHook = defineHook({ schema: z.object({ text: z.string() }) });
const agent = new DurableAgent({ model: 'anthropic/claude-haiku-4.5', system: 'You book trains.', tools: {} });

export async function conversation(runId: string, first: string, writable: WritableStream) {
  'use workflow';
  const messages: Array<{ role: 'user' | 'assistant'; content: string }> = [{ role: 'user', content: first }];
  const hook = replyHook.create({ token: runId });
  while (true) {
    const result = await agent.stream({ messages, writable, maxSteps: 6 });
    messages.push(...(result.messages as typeof messages));
    const { text } = await hook;
    if (text === '/done') break;
    messages.push({ role: 'user', content: text });
  }
}

export async function approvals(writable: WritableStream) {
  'use workflow';
  const messages: Array<{ role: 'user' | 'assistant'; content: string }> = [{ role: 'user', content: 'Plan the week.' }];
  const decision = createHook<{ approved: boolean }>();
  while (true) {
    await agent.stream({ messages, writable, maxSteps: 4 });
    const verdict = await decision;
    if (verdict.approved) break;
  }
}

export async function selfTalk(first: string, writable: WritableStream) {
  'use workflow';
  const messages: Array<{ role: 'user' | 'assistant'; content: string }> = [{ role: 'user', content: first }];
  while (true) { // expect: unbounded-agent-loop
    const result = await agent.stream({ messages, writable, maxSteps: 6 });
    const last = String(result.messages.at(-1)?.content ?? '');
    if (last.includes('FINISHED')) break;
    messages.push({ role: 'user', content: last });
  }
}
