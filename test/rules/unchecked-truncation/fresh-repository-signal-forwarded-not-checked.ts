// Found while judging real repositories (an SDK's custom-model example): a Responses call's `output_text`
// parsed, with the result's `status` only tested for presence and copied into the returned record as a stop
// reason. Neither looks at whether it is `'incomplete'` (finding). Its twins compare the status, or switch on
// the chat completion's finish_reason (clean).
import OpenAI from 'openai';

const openai = new OpenAI();

export async function generateStructured(input: string) {
  const response = await openai.responses.create({ model: 'gpt-5-mini', input, text: { format: { type: 'json_object' } } });
  if (!response.output_text) throw new Error('no output text');
  return {
    structured: JSON.parse(response.output_text), // expect: unchecked-truncation
    ...(response.status ? { stopReason: response.status } : {}),
  };
}

export async function generateStructuredChecked(input: string) {
  const response = await openai.responses.create({ model: 'gpt-5-mini', input, text: { format: { type: 'json_object' } } });
  if (response.status !== 'completed') throw new Error(`model output ${response.status}: ${response.incomplete_details?.reason ?? 'unknown'}`);
  return { structured: JSON.parse(response.output_text), stopReason: response.status };
}

export async function classify(text: string) {
  const completion = await openai.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: text }] });
  const choice = completion.choices[0]!;
  switch (choice.finish_reason) {
    case 'stop':
      return JSON.parse(choice.message.content ?? '{}');
    default:
      throw new Error(`classification cut off (${choice.finish_reason})`);
  }
}

export async function classifyForwardingReason(text: string) {
  const completion = await openai.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: text }] });
  const choice = completion.choices[0]!;
  const labels = JSON.parse(choice.message.content ?? '[]'); // expect: unchecked-truncation
  return { labels, finishReason: choice.finish_reason };
}
