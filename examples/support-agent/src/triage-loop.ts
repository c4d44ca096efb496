// Triage: a hand-written OpenAI tool-use loop that reads a new ticket and picks a queue for it.
// Planted bug: `while (true)` around the model call, with nothing that bounds the number of turns.
import OpenAI from 'openai';
import { getTicket } from './ticket-api.js';

// A client-level timeout bounds each request (the SDK's own default is 10 minutes, retried twice).
const openai = new OpenAI({ timeout: 20_000, maxRetries: 1 });

const QUEUES = ['billing', 'bug', 'how-to', 'account'] as const;

const triageTools: OpenAI.Chat.Completions.ChatCompletionTool[] = [
  {
    type: 'function',
    function: {
      name: 'lookup_ticket',
      description: 'Fetch a ticket by id.',
      parameters: { type: 'object', properties: { ticketId: { type: 'string' } }, required: ['ticketId'] },
    },
  },
];

export async function triageTicket(ticketId: string): Promise<string> {
  const messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [
    { role: 'system', content: `Pick one queue for the ticket: ${QUEUES.join(', ')}. Answer with the queue name only.` },
    { role: 'user', content: `Ticket ${ticketId}` },
  ];
  // BUG: a model that keeps asking for tools (or never answers with a queue name) loops forever,
  // paying for every turn.
  while (true) { // expect: unbounded-agent-loop
    const completion = await openai.chat.completions.create({ model: 'gpt-4.1-mini', messages, tools: triageTools });
    const message = completion.choices[0]?.message;
    if (!message) throw new Error('triage: the model returned no choice');
    messages.push(message);
    if (!message.tool_calls?.length) return message.content?.trim() ?? 'how-to';
    for (const call of message.tool_calls) {
      if (call.type !== 'function' || call.function.name !== 'lookup_ticket') continue;
      const { ticketId: id } = JSON.parse(call.function.arguments) as { ticketId: string };
      const ticket = await getTicket(id, AbortSignal.timeout(10_000));
      messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(ticket) });
    }
  }
}
