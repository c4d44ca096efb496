// Inngest's `step.ai.wrap(id, fn, ...input)` (and `step.run(id, fn, ...input)`) calls `fn(...input)` inside a retried
// step: the model call made is the function handed over, with the inputs after it, and the step adds no deadline.
// An SDK method is handed over bound (`.bind(client.resource)`), directly or through a const. The same calls given a
// signal, or made on a client with a `timeout`, are clean; `step.ai.infer` is made by Inngest's server, not here.
import { Inngest, type step as stepTools } from 'inngest';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { generateText as generateWithModel } from 'ai';
import { openai as openaiProvider } from '@ai-sdk/openai';

const inngest = new Inngest({ id: 'newsletter' });
const openai = new OpenAI();
const claude = new Anthropic();
const patientOpenai = new OpenAI({ timeout: 45_000 });

export const draftIssue = inngest.createFunction({ id: 'draft-issue' }, { event: 'issue/draft' }, async ({ event, step }) => {
  const complete = openai.chat.completions.create.bind(openai.chat.completions);
  const outline = await step.ai.wrap('outline', complete, { // expect: missing-deadline severity=warn
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `Outline: ${event.data.topic}` }],
  });
  const intro = await step.ai.wrap('intro', claude.messages.create.bind(claude.messages), { // expect: missing-deadline severity=warn
    model: 'claude-sonnet-4-5',
    max_tokens: 800,
    messages: [{ role: 'user', content: String(outline.choices[0]?.message.content) }],
  });
  const subject = await step.ai.wrap('subject', generateWithModel, { model: openaiProvider('gpt-4o-mini'), prompt: event.data.topic }); // expect: missing-deadline

  // Near misses: a signal in the forwarded options, a client with its own timeout, and offloaded inference.
  const teaser = await step.ai.wrap('teaser', generateWithModel, {
    model: openaiProvider('gpt-4o-mini'),
    prompt: event.data.topic,
    abortSignal: AbortSignal.timeout(30_000),
  });
  const patient = patientOpenai.chat.completions.create.bind(patientOpenai.chat.completions);
  const footer = await step.ai.wrap('footer', patient, { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Sign-off line' }] });
  const tags = await step.ai.infer('tags', { model: step.ai.models.openai({ model: 'gpt-4o-mini' }), body: { messages: [] } });
  return { outline, intro, subject, teaser, footer, tags };
});

/** A helper handed the package's context-free step tools (`typeof step`): the same forwarding. */
export async function headline(step: typeof stepTools, topic: string) {
  const complete = openai.chat.completions.create.bind(openai.chat.completions);
  return step.ai.wrap('headline', complete, { model: 'gpt-4o-mini', messages: [{ role: 'user', content: topic }] }); // expect: missing-deadline severity=warn
}
