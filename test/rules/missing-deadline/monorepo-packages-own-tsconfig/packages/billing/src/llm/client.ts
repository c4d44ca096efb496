// The billing package's shared client, under the same alias name as support's: with a timeout.
import OpenAI from 'openai';

export const llm = new OpenAI({ timeout: 20_000 });
