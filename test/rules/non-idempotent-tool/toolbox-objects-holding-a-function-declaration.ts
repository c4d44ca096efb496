// A project's own toolbox: each tool is an object holding a Chat Completions function declaration (`{ type:
// 'function', function: { name, description, parameters } }`) beside the one function that runs it, under keys the
// project chose (`spec`, `schema`, `exec`). The loop offers the declarations to the model and runs the function of
// the one it names. post_status publishes a new status each call (finding); get_timeline reads (clean).
// Near miss: the CLI's command objects hold a name and a description beside a function too, but declare nothing to a
// model (no `type: 'function'` declaration): their POST is not a tool's write.
import OpenAI from 'openai';
import { z } from 'zod';

const SOCIAL = 'https://social.example.com/api';

interface ToolBox {
  spec: OpenAI.Chat.Completions.ChatCompletionTool;
  schema: z.ZodTypeAny;
  exec: (args: any) => Promise<unknown>;
}

async function publishStatus(text: string) {
  const res = await fetch(`${SOCIAL}/statuses`, { method: 'POST', body: JSON.stringify({ text }), signal: AbortSignal.timeout(5_000) });
  return res.json();
}

export function buildSocialTools(): ToolBox[] {
  const postStatus: ToolBox = {
    spec: {
      type: 'function',
      function: {
        name: 'post_status',
        description: 'Publish a new status',
        parameters: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] },
      },
    },
    schema: z.object({ text: z.string() }),
    exec: async ({ text }: { text: string }) => {
      return await publishStatus(text); // expect: non-idempotent-tool
    },
  };
  const getTimeline: ToolBox = {
    spec: {
      type: 'function',
      function: { name: 'get_timeline', description: 'Read the latest statuses', parameters: { type: 'object', properties: {} } },
    },
    schema: z.object({}),
    exec: async () => {
      const res = await fetch(`${SOCIAL}/timeline`, { signal: AbortSignal.timeout(5_000) });
      return res.json();
    },
  };
  return [postStatus, getTimeline];
}

export async function runTurn(client: OpenAI, tools: ToolBox[], messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[]) {
  const completion = await client.chat.completions.create({ model: 'gpt-4o-mini', messages, tools: tools.map((t) => t.spec) }, { timeout: 30_000 });
  for (const call of completion.choices[0]?.message.tool_calls ?? []) {
    if (call.type !== 'function') continue;
    const tool = tools.find((t) => t.spec.type === 'function' && t.spec.function.name === call.function.name);
    if (tool) await tool.exec(tool.schema.parse(JSON.parse(call.function.arguments)));
  }
}

export const commands = [
  {
    command: { name: 'announce', description: 'Post the release announcement' },
    run: async () => fetch(`${SOCIAL}/statuses`, { method: 'POST', body: JSON.stringify({ text: 'released' }), signal: AbortSignal.timeout(5_000) }),
  },
];
