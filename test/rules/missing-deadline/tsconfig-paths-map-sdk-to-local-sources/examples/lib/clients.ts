// Clients the examples share through the `@examples/*` alias: one without a timeout, one with.
import OpenAI from 'openai';

export const untimed = new OpenAI();
export const timed = new OpenAI({ timeout: 15_000 });
