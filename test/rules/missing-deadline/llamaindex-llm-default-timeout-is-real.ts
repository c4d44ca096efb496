// LlamaIndex.TS's OpenAI LLM defaults to a 60-second timeout: a real deadline, not a finding.
import { openai } from '@llamaindex/openai';

const llm = openai({ model: 'gpt-4.1-mini' });

export async function summarise(text: string) {
  const response = await llm.chat({ messages: [{ role: 'user', content: `Summarise: ${text}` }] });
  return response.message.content;
}
