// AI SDK 7 `stopWhen` given a custom predicate that never ends the loop: the agent runs until
// the model stops calling tools, however many steps that takes.
import { generateText, ToolLoopAgent, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

const browsePage = tool({
  description: 'Fetch a web page and return its text',
  inputSchema: z.object({ url: z.string().url() }),
  execute: async ({ url }, { abortSignal }) => {
    const res = await fetch(url, { signal: abortSignal });
    return (await res.text()).slice(0, 20_000);
  },
});

export async function deepResearch(question: string) {
  const { text } = await generateText({
    model: openai('gpt-5'),
    prompt: question,
    tools: { browsePage },
    stopWhen: () => false, // expect: unbounded-agent-loop
    timeout: { stepMs: 60_000 },
  });
  return text;
}

export const crawlerAgent = new ToolLoopAgent({
  model: openai('gpt-5-mini'),
  instructions: 'Crawl the documentation site and list every page about billing.',
  tools: { browsePage },
  stopWhen: async () => false, // expect: unbounded-agent-loop
});
