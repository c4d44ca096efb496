// A turn bound the code adds only when a setting carries one — `...(settings.maxTurns && { maxTurns: settings.maxTurns })`,
// or a conditional on the setting's type — leaves the run without a bound whenever the setting is absent (corpus
// README question 3); so does a step option that falls back to `Infinity` (question 58). Clean: a conditional whose
// other branch sets a bound too, a bound added under an unrelated flag (the flag's choice, not a missing setting),
// and a fallback to a finite number.
import { query } from '@anthropic-ai/claude-agent-sdk';
import { generateText, stepCountIs, tool } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';

interface RunSettings {
  maxTurns?: number;
  maxSteps?: number;
  thorough?: boolean;
}

export function fixIssue(prompt: string, settings: RunSettings) {
  return query({ // expect: unbounded-agent-loop
    prompt,
    options: { allowedTools: ['Read', 'Edit'], ...(settings.maxTurns && { maxTurns: settings.maxTurns }) },
  });
}

export function fixIssueTyped(prompt: string, settings: RunSettings) {
  return query({ // expect: unbounded-agent-loop
    prompt,
    options: { allowedTools: ['Bash'], ...(typeof settings.maxTurns === 'number' ? { maxTurns: settings.maxTurns } : {}) },
  });
}

export function fixIssueWithDefault(prompt: string, settings: RunSettings) {
  return query({
    prompt,
    options: { allowedTools: ['Bash'], ...(settings.maxTurns ? { maxTurns: settings.maxTurns } : { maxTurns: 25 }) },
  });
}

export function fixIssueThoroughly(prompt: string, settings: RunSettings) {
  return query({ prompt, options: { allowedTools: ['Read'], ...(settings.thorough && { maxTurns: 60 }) } });
}

const lookup = tool({
  description: 'Look a word up',
  inputSchema: z.object({ word: z.string() }),
  execute: async ({ word }) => word.length,
});

export async function answer(question: string, settings: RunSettings) {
  const loose = await generateText({
    model: openai('gpt-4o-mini'),
    tools: { lookup },
    maxSteps: settings.maxSteps ?? Infinity, // expect: unbounded-agent-loop
    prompt: question,
    abortSignal: AbortSignal.timeout(60_000),
  });
  const tight = await generateText({
    model: openai('gpt-4o-mini'),
    tools: { lookup },
    stopWhen: stepCountIs(settings.maxSteps ?? 8),
    prompt: question,
    abortSignal: AbortSignal.timeout(60_000),
  });
  return [loose.text, tight.text];
}
