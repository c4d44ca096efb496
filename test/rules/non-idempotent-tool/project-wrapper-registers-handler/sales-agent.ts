// The agent that exposes the wrapped CRM tools to the model.
import { generateText, stepCountIs } from 'ai';
import { openai } from '@ai-sdk/openai';
import { createLead, findLead, noteLead } from './crm-tools.js';

export async function qualifyInboundEmail(email: string) {
  const { text } = await generateText({
    model: openai('gpt-4.1-mini'),
    timeout: 45_000,
    stopWhen: stepCountIs(6),
    system: 'Qualify inbound sales emails and keep the CRM up to date.',
    prompt: email,
    tools: { createLead, noteLead, findLead },
  });
  return text;
}
