// A client made with options picked by a conditional (`apiKey ? { apiKey } : undefined`): both forms are in view
// and neither sets a timeout, so the Anthropic SDK's 10-minute default stays (no explicit deadline). A conditional
// whose forms all set a `timeout` bounds the call — also when one form is the config its only caller passes with one.
import Anthropic from '@anthropic-ai/sdk';

export function makeSummariser(apiKey?: string) {
  const anthropic = new Anthropic(apiKey ? { apiKey } : undefined);
  return async (text: string) => {
    const reply = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 300, messages: [{ role: 'user', content: text }] }); // expect: missing-deadline severity=warn
    return reply.content;
  };
}

export function makeTimedSummariser(apiKey?: string) {
  const anthropic = new Anthropic(apiKey ? { apiKey, timeout: 30_000 } : { timeout: 30_000 });
  return async (text: string) => {
    const reply = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 300, messages: [{ role: 'user', content: text }] });
    return reply.content;
  };
}

export function makeConfiguredSummariser(config: ConstructorParameters<typeof Anthropic>[0], apiKey?: string) {
  const anthropic = new Anthropic(apiKey ? { apiKey, timeout: 30_000 } : config);
  return async (text: string) => {
    const reply = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 300, messages: [{ role: 'user', content: text }] });
    return reply.content;
  };
}

export const configuredSummariser = makeConfiguredSummariser({ timeout: 20_000 }, process.env.ANTHROPIC_API_KEY);
