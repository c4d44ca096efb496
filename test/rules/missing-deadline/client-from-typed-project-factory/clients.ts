// A project factory that hands out the OpenAI client, cached in a module variable: nothing at the call
// site says what it returns. Its `return` (and the `??=` it caches through) is followed syntactically,
// so the call below is known to be an OpenAI call with and without node_modules.
import OpenAI from 'openai';

let shared: OpenAI | undefined;

export function openaiClient(): OpenAI {
  shared ??= new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
  return shared;
}
