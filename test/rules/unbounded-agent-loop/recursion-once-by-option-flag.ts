// A retry that recurses once: the self-call sets a flag in its options object (`{ ...params, skipTools: true }`)
// that the guard around it tests (`!skipTools`), so the second call cannot recurse again. A self-call that passes
// the options on unchanged is still a recursion the model drives.
import { generateText, type ToolSet } from 'ai';
import { openai } from '@ai-sdk/openai';

interface ChatParams { prompt: string; tools: ToolSet; skipTools?: boolean }

declare function isToolSupportError(error: unknown): boolean;

export async function handleChat(params: ChatParams): Promise<string> {
  const { prompt, tools, skipTools = false } = params;
  try {
    const result = await generateText({ model: openai('gpt-5-mini'), prompt, tools: skipTools ? undefined : tools, abortSignal: AbortSignal.timeout(60_000) });
    return result.text;
  } catch (error) {
    if (!skipTools && isToolSupportError(error)) {
      return await handleChat({ ...params, skipTools: true });
    }
    throw error;
  }
}

export async function converse({ prompt, tools }: ChatParams): Promise<string> {
  const result = await generateText({ model: openai('gpt-5-mini'), prompt, tools, abortSignal: AbortSignal.timeout(60_000) });
  if (result.toolCalls.length > 0) return converse({ prompt: `${prompt}\n${result.text}`, tools }); // expect: unbounded-agent-loop
  return result.text;
}

// The flag as a positional parameter holding what was rejected: the self-call passes the code it rejects, which the
// earlier `if (!code) return` has ruled out as empty, so the second call's `!rejected` fails — one retry. Its twin passes
// a value nothing rules out as empty: a model answering blank keeps the recursion going.
export async function assignCode(term: string, rejected?: string): Promise<string | undefined> {
  const result = await generateText({ model: openai('gpt-5-mini'), prompt: `Code for ${term}${rejected ? `, not ${rejected}` : ''}`, abortSignal: AbortSignal.timeout(60_000) });
  const code = result.text.trim();
  if (!code) return undefined;
  if (!/^\d{6,18}$/.test(code)) {
    if (!rejected) return assignCode(term, code);
    return undefined;
  }
  return code;
}

export async function assignCodeLoosely(term: string, rejected?: string): Promise<string | undefined> {
  const result = await generateText({ model: openai('gpt-5-mini'), prompt: `Code for ${term}${rejected ? `, not ${rejected}` : ''}`, abortSignal: AbortSignal.timeout(60_000) });
  const code = result.text.trim();
  if (!/^\d{6,18}$/.test(code)) {
    if (!rejected) return assignCodeLoosely(term, code); // expect: unbounded-agent-loop
    return undefined;
  }
  return code;
}
