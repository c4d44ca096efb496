// `while (true)` that stops once the run has spent its token budget: a budget bound, so it is
// not reported.
import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

const TOKEN_BUDGET = 200_000;

export async function brainstorm(topic: string) {
  const ideas: string[] = [];
  let tokensSpent = 0;

  while (true) {
    if (tokensSpent >= TOKEN_BUDGET) break;
    const result = await generateText({
      model: openai('gpt-5-mini'),
      prompt: `Give one new idea about ${topic} that is not in this list:\n${ideas.join('\n')}`,
      timeout: 30_000,
    });
    tokensSpent += result.usage.totalTokens ?? 0;
    if (result.text.trim() === 'NO MORE IDEAS') break;
    ideas.push(result.text.trim());
  }
  return ideas;
}
