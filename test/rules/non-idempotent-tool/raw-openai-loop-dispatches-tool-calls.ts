// A hand-written OpenAI tool loop: each `case` of the switch on `toolCall.function.name` is a tool
// handler's body. add_order_note POSTs inline (finding at the POST); create_return_label calls a helper
// that POSTs with no key (finding at that call); issue_refund's helper keys its POST with the tool call
// id it is passed, and get_order only reads (both clean).
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 60_000, maxRetries: 1 });
const SHOP_API = 'https://shop.internal.example.com/api';

const toolSchemas: OpenAI.Chat.Completions.ChatCompletionTool[] = [
  { type: 'function', function: { name: 'get_order', parameters: { type: 'object', properties: { orderId: { type: 'string' } } } } },
  { type: 'function', function: { name: 'create_return_label', parameters: { type: 'object', properties: { orderId: { type: 'string' }, reason: { type: 'string' } } } } },
  { type: 'function', function: { name: 'issue_refund', parameters: { type: 'object', properties: { orderId: { type: 'string' }, amountCents: { type: 'integer' } } } } },
  { type: 'function', function: { name: 'add_order_note', parameters: { type: 'object', properties: { orderId: { type: 'string' }, note: { type: 'string' } } } } },
];

async function getOrder(orderId: string) {
  const res = await fetch(`${SHOP_API}/orders/${orderId}`, { signal: AbortSignal.timeout(5_000) });
  return res.json();
}

async function createReturnLabel(args: { orderId: string; reason: string }) {
  const res = await fetch(`${SHOP_API}/returns`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(args),
    signal: AbortSignal.timeout(10_000),
  });
  return res.json();
}

async function issueRefund(args: { orderId: string; amountCents: number }, toolCallId: string) {
  const res = await fetch(`${SHOP_API}/refunds`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Idempotency-Key': `refund-${toolCallId}` },
    body: JSON.stringify(args),
    signal: AbortSignal.timeout(10_000),
  });
  return res.json();
}

export async function answerCustomer(question: string): Promise<string | null> {
  const messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [
    { role: 'system', content: 'You are the returns desk of an online shop.' },
    { role: 'user', content: question },
  ];
  for (let turn = 0; turn < 8; turn++) {
    const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages, tools: toolSchemas });
    const message = completion.choices[0]!.message;
    messages.push(message);
    if (!message.tool_calls?.length) return message.content;
    for (const toolCall of message.tool_calls) {
      if (toolCall.type !== 'function') continue;
      const args = JSON.parse(toolCall.function.arguments);
      let result: unknown;
      switch (toolCall.function.name) {
        case 'get_order':
          result = await getOrder(args.orderId);
          break;
        case 'create_return_label':
          result = await createReturnLabel(args); // expect: non-idempotent-tool
          break;
        case 'issue_refund':
          result = await issueRefund(args, toolCall.id);
          break;
        case 'add_order_note': {
          const res = await fetch(`${SHOP_API}/orders/${args.orderId}/notes`, { // expect: non-idempotent-tool
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ text: args.note, author: 'returns-bot' }),
            signal: AbortSignal.timeout(10_000),
          });
          result = { added: res.ok };
          break;
        }
        default:
          result = { error: `unknown tool ${toolCall.function.name}` };
      }
      messages.push({ role: 'tool', tool_call_id: toolCall.id, content: JSON.stringify(result) });
    }
  }
  return null;
}
