// A `for (;;)` self-refinement loop with the AI SDK: it stops only when the critic model says
// the draft is good, which it may never say.
import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function refineHeadline(article: string) {
  let headline = '';
  for (;;) { // expect: unbounded-agent-loop
    const draft = await generateText({
      model: openai('gpt-5-mini'),
      prompt: `Write a headline for this article${headline ? `, better than "${headline}"` : ''}:\n${article}`,
      timeout: 30_000,
    });
    headline = draft.text.trim();

    const verdict = await generateText({
      model: openai('gpt-5'),
      prompt: `Is "${headline}" an accurate, non-clickbait headline? Answer GOOD or BAD.`,
      timeout: 30_000,
    });
    if (verdict.text.includes('GOOD')) return headline;
  }
}
