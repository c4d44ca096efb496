// A raw OpenAI tool-use loop: `while (true)` that only ends when the model stops asking for
// tools. Nothing bounds the number of steps or the spend, so a model that keeps calling tools
// burns tokens forever.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 60_000 });

const tools: OpenAI.Chat.Completions.ChatCompletionTool[] = [
  {
    type: 'function',
    function: {
      name: 'get_order',
      description: 'Look up an order by id',
      parameters: { type: 'object', properties: { orderId: { type: 'string' } }, required: ['orderId'] },
    },
  },
];

async function getOrder(orderId: string) {
  return { orderId, status: 'shipped', carrier: 'DHL' };
}

export async function supportAgent(question: string) {
  const messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [
    { role: 'system', content: 'You are a support agent for an online shop.' },
    { role: 'user', content: question },
  ];

  while (true) { // expect: unbounded-agent-loop
    const completion = await openai.chat.completions.create({ model: 'gpt-5-mini', messages, tools });
    const message = completion.choices[0]!.message;
    messages.push(message);
    if (!message.tool_calls?.length) return message.content;

    for (const toolCall of message.tool_calls) {
      if (toolCall.type !== 'function') continue;
      if (toolCall.function.name === 'get_order') {
        const { orderId } = JSON.parse(toolCall.function.arguments) as { orderId: string };
        messages.push({ role: 'tool', tool_call_id: toolCall.id, content: JSON.stringify(await getOrder(orderId)) });
      }
    }
  }
}
