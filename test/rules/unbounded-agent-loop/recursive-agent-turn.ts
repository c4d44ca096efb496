// Recursion as an agent loop: each turn calls the model and recurses while it requests tools,
// with no depth or budget bound. Reported at the recursive call.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 45_000 });

type Message = OpenAI.Chat.Completions.ChatCompletionMessageParam;

const tools: OpenAI.Chat.Completions.ChatCompletionTool[] = [
  {
    type: 'function',
    function: {
      name: 'search_web',
      description: 'Search the web',
      parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
    },
  },
];

async function searchWeb(query: string) {
  return [`result for ${query}`];
}

export async function researchTurn(messages: Message[]): Promise<string | null> {
  const completion = await openai.chat.completions.create({ model: 'gpt-5', messages, tools });
  const reply = completion.choices[0]!.message;
  if (!reply.tool_calls?.length) return reply.content;

  const next: Message[] = [...messages, reply];
  for (const call of reply.tool_calls) {
    if (call.type === 'function' && call.function.name === 'search_web') {
      const { query } = JSON.parse(call.function.arguments) as { query: string };
      next.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(await searchWeb(query)) });
    }
  }
  return researchTurn(next); // expect: unbounded-agent-loop
}
