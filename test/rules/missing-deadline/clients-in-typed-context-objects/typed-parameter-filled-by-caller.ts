// Near-miss: the parameter's type names the OpenAI class, and its only caller passes a client built
// with a timeout — what the caller passes decides, so the call is clean. The helper called with an
// untimed client is reported.
import OpenAI from 'openai';

async function translate(client: OpenAI, text: string) {
  const response = await client.responses.create({ model: 'gpt-5-mini', input: `Translate to German: ${text}` });
  return response.output_text;
}

async function detectLanguage(client: OpenAI, text: string) {
  const response = await client.responses.create({ model: 'gpt-5-mini', input: `Which language is this? ${text}` }); // expect: missing-deadline severity=warn
  return response.output_text;
}

export async function localise(text: string) {
  const timed = new OpenAI({ timeout: 15_000 });
  const language = await detectLanguage(new OpenAI(), text);
  return language === 'de' ? text : translate(timed, text);
}
