// A LlamaIndex.TS tool loop: `llm.exec` runs the model and the requested tools; only the model's answer without
// tool calls ends the loop.
import { openai } from '@llamaindex/openai';
import type { ChatMessage } from 'llamaindex';

declare const tools: Parameters<ReturnType<typeof openai>['exec']>[0]['tools'];

export async function run(question: string) {
  const llm = openai({ model: 'gpt-4.1-mini' });
  const messages: ChatMessage[] = [{ role: 'user', content: question }];
  let exit = false;
  do { // expect: unbounded-agent-loop
    const { newMessages, toolCalls } = await llm.exec({ messages, tools });
    messages.push(...newMessages);
    exit = toolCalls.length === 0;
  } while (!exit);
  return messages;
}
