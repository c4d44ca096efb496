// Near-miss: `ask` is called from two places. One passes an OpenAI client built without a timeout, the
// other passes its own parameter, which nothing in the project says anything about. A parameter is
// followed only when every caller's argument leads to the same client: here one does not, so the
// callee is unknown and nothing is reported.
import OpenAI from 'openai';

interface Answers {
  responses: { create(body: unknown): Promise<{ output_text: string }> };
}

async function ask(client: Answers, question: string) {
  const response = await client.responses.create({ model: 'gpt-5-mini', input: question });
  return response.output_text;
}

export async function askDefault(question: string) {
  const quick = new OpenAI();
  return ask(quick, question);
}

export async function askWith(client: Answers, question: string) {
  return ask(client, question);
}
