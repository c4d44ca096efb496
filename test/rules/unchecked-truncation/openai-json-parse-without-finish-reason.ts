// RULES.md's typical finding: JSON.parse(completion.choices[0].message.content) with no look at
// finish_reason. The twin that checks finish_reason first is clean; so is `chat.completions.parse`,
// which throws LengthFinishReasonError itself. Tool-call arguments count under an explicit output limit.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 30_000 });

export async function extractInvoice(text: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-5-mini',
    response_format: { type: 'json_object' },
    max_completion_tokens: 800,
    messages: [{ role: 'system', content: 'Extract the invoice as JSON.' }, { role: 'user', content: text }],
  });
  return JSON.parse(completion.choices[0]!.message.content ?? '{}') as { total: number; lines: unknown[] }; // expect: unchecked-truncation
}

export async function extractInvoiceChecked(text: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-5-mini',
    response_format: { type: 'json_object' },
    max_completion_tokens: 800,
    messages: [{ role: 'system', content: 'Extract the invoice as JSON.' }, { role: 'user', content: text }],
  });
  const choice = completion.choices[0]!;
  if (choice.finish_reason !== 'stop') throw new Error(`extraction incomplete: ${choice.finish_reason}`);
  return JSON.parse(choice.message.content ?? '{}') as { total: number; lines: unknown[] };
}

export async function extractWithParse(text: string) {
  const completion = await openai.chat.completions.parse({
    model: 'gpt-5-mini',
    messages: [{ role: 'user', content: text }],
  });
  return completion.choices[0]!.message.parsed;
}

export async function toolArguments(question: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-5-mini',
    max_completion_tokens: 300,
    messages: [{ role: 'user', content: question }],
    tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object', properties: { q: { type: 'string' } } } } }],
  });
  const call = completion.choices[0]?.message.tool_calls?.[0];
  if (!call || call.type !== 'function') return undefined;
  return JSON.parse(call.function.arguments); // expect: unchecked-truncation
}

/** Tool-call arguments under the model's default output limit: cut off in practice only under a tight limit. */
export async function toolArgumentsDefaultLimit(question: string) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-5-mini',
    messages: [{ role: 'user', content: question }],
    tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object', properties: { q: { type: 'string' } } } } }],
  });
  for (const call of completion.choices[0]?.message.tool_calls ?? []) {
    if (call.type === 'function') return JSON.parse(call.function.arguments);
  }
  return undefined;
}
