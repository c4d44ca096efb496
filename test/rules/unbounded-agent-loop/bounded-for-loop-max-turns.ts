// A raw OpenAI tool loop bounded by a turn counter in the `for` header: it gives up after
// MAX_TURNS model calls. Not reported.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 60_000 });
const MAX_TURNS = 10;

async function lookupInvoice(invoiceId: string) {
  return { invoiceId, status: 'open' };
}

export async function billingAgent(question: string) {
  const messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [{ role: 'user', content: question }];
  const tools: OpenAI.Chat.Completions.ChatCompletionTool[] = [
    {
      type: 'function',
      function: {
        name: 'lookup_invoice',
        parameters: { type: 'object', properties: { invoiceId: { type: 'string' } }, required: ['invoiceId'] },
      },
    },
  ];

  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const completion = await openai.chat.completions.create({ model: 'gpt-5-mini', messages, tools });
    const message = completion.choices[0]!.message;
    messages.push(message);
    if (!message.tool_calls?.length) return message.content;
    for (const call of message.tool_calls) {
      if (call.type === 'function' && call.function.name === 'lookup_invoice') {
        const { invoiceId } = JSON.parse(call.function.arguments) as { invoiceId: string };
        messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(await lookupInvoice(invoiceId)) });
      }
    }
  }
  throw new Error(`billing agent gave no answer within ${MAX_TURNS} turns`);
}
