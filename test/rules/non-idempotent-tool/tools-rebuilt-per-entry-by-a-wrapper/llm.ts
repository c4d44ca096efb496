// The project's model wrappers. Each takes plain `{ description, execute }` entries and builds an AI SDK tool of each,
// handing the entry's own `execute` over: what the model calls is the function the caller wrote in the entry.
import { openai } from '@ai-sdk/openai';
import { generateText, stepCountIs, tool } from 'ai';
import { z } from 'zod';

export interface PlainTool {
  description: string;
  execute: (args: { input: string }) => Promise<string>;
}

export async function ask(prompt: string, options: { tools?: Record<string, PlainTool> }) {
  const tools = options.tools
    ? Object.fromEntries(
        Object.entries(options.tools).map(([name, t]) => [
          name,
          tool({ description: t.description, inputSchema: z.object({ input: z.string() }), execute: t.execute }),
        ]),
      )
    : undefined;
  const result = await generateText({ model: openai('gpt-4.1'), prompt, tools, stopWhen: stepCountIs(5), abortSignal: AbortSignal.timeout(60_000) });
  return result.text;
}

export async function askWithLoop(prompt: string, given: Record<string, PlainTool>) {
  const tools: Record<string, ReturnType<typeof tool>> = {};
  for (const [name, t] of Object.entries(given)) {
    tools[name] = tool({ description: t.description, inputSchema: z.object({ input: z.string() }), execute: t.execute });
  }
  const result = await generateText({ model: openai('gpt-4.1'), prompt, tools, stopWhen: stepCountIs(5), abortSignal: AbortSignal.timeout(60_000) });
  return result.text;
}

/** Only describes the entries in the prompt: their functions are never handed to a model. */
export async function askAbout(prompt: string, options: { commands: Record<string, PlainTool> }) {
  const listing = Object.entries(options.commands).map(([name, c]) => `${name}: ${c.description}`).join('\n');
  const result = await generateText({ model: openai('gpt-4.1'), prompt: `${listing}\n\n${prompt}`, abortSignal: AbortSignal.timeout(60_000) });
  return result.text;
}
