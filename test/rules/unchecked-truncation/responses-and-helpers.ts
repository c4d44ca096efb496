// OpenAI Responses (`status: 'incomplete'`), a project helper that parses what it is given, and a
// parse inside try/catch that handles the failure (clean: a cut-off JSON is rejected and handled).
import OpenAI from 'openai';

const client = new OpenAI({ timeout: 30_000 });

function parseJsonBlock(text: string): unknown {
  const start = text.indexOf('{');
  return JSON.parse(text.slice(start));
}

export async function classify(email: string) {
  const response = await client.responses.create({ model: 'gpt-5-mini', input: `Classify as JSON: ${email}`, max_output_tokens: 200 });
  return parseJsonBlock(response.output_text); // expect: unchecked-truncation
}

export async function classifyChecked(email: string) {
  const response = await client.responses.create({ model: 'gpt-5-mini', input: `Classify as JSON: ${email}`, max_output_tokens: 200 });
  if (response.status === 'incomplete') throw new Error(`cut off: ${response.incomplete_details?.reason}`);
  return parseJsonBlock(response.output_text);
}

export async function classifyTolerant(email: string) {
  const response = await client.responses.create({ model: 'gpt-5-mini', input: `Classify as JSON: ${email}`, max_output_tokens: 200 });
  try {
    return JSON.parse(response.output_text) as { label: string };
  } catch (error) {
    console.warn('classifier returned invalid JSON', error);
    return { label: 'unknown' };
  }
}

export async function answer(question: string) {
  // Shown to a person, not parsed or stored: not this rule's concern.
  const response = await client.responses.create({ model: 'gpt-5-mini', input: question });
  return response.output_text;
}
