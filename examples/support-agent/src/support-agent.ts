// The support agent: a ToolLoopAgent that works a ticket with the support tools, and a one-shot
// summary for the human who takes over. Planted bugs: a loop with no step bound, an LLM call with no deadline.
import { ToolLoopAgent, generateText, isLoopFinished } from 'ai';
import { supportModel } from './clients.js';
import { supportTools } from './support-tools.js';

export const supportAgent = new ToolLoopAgent({
  model: supportModel,
  instructions:
    'You resolve customer support tickets. Look the ticket up first, refund only charges the ticket is about, ' +
    'and leave a note saying what you did.',
  tools: supportTools,
  // BUG: "run until the model is done" has no step bound: a model that keeps calling tools never stops.
  stopWhen: isLoopFinished(), // expect: unbounded-agent-loop
  // Every step and every tool execution has a deadline; the tools pass their abortSignal on.
  timeout: { totalMs: 120_000, toolMs: 15_000 },
});

export async function resolveTicket(ticketId: string): Promise<string> {
  const result = await supportAgent.generate({ prompt: `Resolve ticket ${ticketId}.` });
  return result.text;
}

export async function summarizeForHandoff(transcript: string): Promise<string> {
  // BUG: the AI SDK sets no deadline of its own; a stalled provider holds this request forever.
  const { text } = await generateText({ // expect: missing-deadline
    model: supportModel,
    prompt: `Summarize this support conversation for the on-call engineer in three bullet points:\n\n${transcript}`,
  });
  return text;
}
