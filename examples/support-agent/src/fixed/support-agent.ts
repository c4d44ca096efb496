// The fixed twin of ../support-agent.ts: the tool loop stops after a fixed number of steps and the
// summary call has a total deadline.
import { ToolLoopAgent, generateText, isStepCount } from 'ai';
import { supportModel } from '../clients.js';
import { supportTools } from './support-tools.js';

// A ticket that needs more than 12 model steps needs a person, not more steps.
const MAX_AGENT_STEPS = 12;

export const supportAgent = new ToolLoopAgent({
  model: supportModel,
  instructions:
    'You resolve customer support tickets. Look the ticket up first, refund only charges the ticket is about, ' +
    'and leave a note saying what you did.',
  tools: supportTools,
  stopWhen: isStepCount(MAX_AGENT_STEPS),
  timeout: { totalMs: 120_000, toolMs: 15_000 },
});

export async function resolveTicket(ticketId: string): Promise<string> {
  const result = await supportAgent.generate({ prompt: `Resolve ticket ${ticketId}.` });
  return result.text;
}

export async function summarizeForHandoff(transcript: string): Promise<string> {
  const { text } = await generateText({
    model: supportModel,
    prompt: `Summarize this support conversation for the on-call engineer in three bullet points:\n\n${transcript}`,
    timeout: { totalMs: 30_000 },
  });
  return text;
}
