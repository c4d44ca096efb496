// OpenAI SDK calls with no explicit deadline: the client's 10-minute default, retried twice,
// is a deadline in name only, so these are reported at lower severity. A second client built
// with `timeout` bounds every call made through it.
import OpenAI from 'openai';

const openai = new OpenAI({ maxRetries: 4 });
const boundedOpenai = new OpenAI({ timeout: 20_000, maxRetries: 1 });

export async function classifyTicket(body: string) {
  const completion = await openai.chat.completions.create({ // expect: missing-deadline severity=warn
    model: 'gpt-5-mini',
    messages: [
      { role: 'system', content: 'Classify the ticket as billing, bug or question. Answer with one word.' },
      { role: 'user', content: body },
    ],
  });
  return completion.choices[0]?.message.content?.trim() ?? 'question';
}

export async function draftReply(ticket: string) {
  const response = await openai.responses.create({ // expect: missing-deadline severity=warn
    model: 'gpt-5',
    instructions: 'Draft a short, polite reply to this support ticket.',
    input: ticket,
  });
  return response.output_text;
}

export async function streamSummary(thread: string, onDelta: (text: string) => void) {
  const stream = openai.chat.completions.stream({ // expect: missing-deadline severity=warn
    model: 'gpt-5-mini',
    messages: [{ role: 'user', content: `Summarise this thread:\n${thread}` }],
  });
  stream.on('content', (delta) => onDelta(delta));
  return stream.finalContent();
}

export async function detectLanguage(text: string) {
  const completion = await boundedOpenai.chat.completions.create({
    model: 'gpt-5-nano',
    messages: [{ role: 'user', content: `Which language is this? Answer with an ISO code.\n${text}` }],
  });
  return completion.choices[0]?.message.content ?? 'und';
}
