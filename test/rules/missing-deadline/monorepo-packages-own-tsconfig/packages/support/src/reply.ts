// `@llm/client` is this package's own alias (packages/support/tsconfig.json), read from the file's
// nearest tsconfig even when the whole monorepo is linted from its root: the client has no timeout.
import { llm } from '@llm/client';

export async function draftReply(ticket: string) {
  const completion = await llm.chat.completions.create({ // expect: missing-deadline severity=warn
    model: 'gpt-5-mini',
    messages: [{ role: 'user', content: `Draft a reply to: ${ticket}` }],
  });
  return completion.choices[0]?.message.content ?? '';
}
