// A project factory that hands out the OpenAI client: nothing at the call site says what it returns,
// so only the type checker (with node_modules installed) can tell the call below is an OpenAI call.
import OpenAI from 'openai';

let shared: OpenAI | undefined;

export function openaiClient(): OpenAI {
  shared ??= new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
  return shared;
}
