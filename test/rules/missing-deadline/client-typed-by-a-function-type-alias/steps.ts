// Unannotated arrow parameters typed by the variable's function type (a type alias or an interface member
// in another file): `client` is an OpenAI client, whose 10-minute default is no explicit deadline. The
// call that passes a `timeout` is clean, and so is the helper whose only caller hands it a timed client.
import OpenAI from 'openai';
import type { Classifier, Step, Summarise } from './types.js';

export const summarise: Summarise = async (client, text) => {
  const response = await client.responses.create({ model: 'gpt-5-mini', input: `Summarise: ${text}` }); // expect: missing-deadline severity=warn
  return response.output_text;
};

export const carefulSummary: Summarise = async (client, text) => {
  const response = await client.responses.create({ model: 'gpt-5-mini', input: `Summarise: ${text}` }, { timeout: 20_000 });
  return response.output_text;
};

export const translateStep: Step = {
  name: 'translate',
  run: async (client, input) => {
    const response = await client.responses.create({ model: 'gpt-5-mini', input: `Translate: ${input}` }); // expect: missing-deadline severity=warn
    return response.output_text;
  },
};

const polish: Summarise = async (client, text) => {
  const response = await client.responses.create({ model: 'gpt-5-mini', input: `Polish: ${text}` });
  return response.output_text;
};

export async function polished(text: string) {
  return polish(new OpenAI({ timeout: 15_000 }), text);
}

// Near-miss: a parameter the function type gives a string is no client, whatever it is called.
export const classify: Classifier = async (label, text) => {
  return `${label.trim()}: ${text.trim()}`;
};
