// Project aliases still name project files: the clients come from examples/lib/clients.ts through the
// `@examples/*` alias of this folder's tsconfig. The untimed one is reported, the timed one is clean.
import { timed, untimed } from '@examples/clients';

export async function compare(prompt: string) {
  const a = await untimed.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: prompt }] }); // expect: missing-deadline severity=warn
  const b = await timed.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: prompt }] });
  return [a, b];
}
