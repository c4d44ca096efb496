// The SDK's example: a bare import of 'openai' is the package, even though this repository's tsconfig
// `paths` maps the name to its own sources. The client has no timeout: no explicit deadline.
import OpenAI from 'openai';

const client = new OpenAI();

export async function main() {
  const completion = await client.chat.completions.create({ // expect: missing-deadline severity=warn
    model: 'gpt-5-mini',
    messages: [{ role: 'user', content: 'Say this is a test' }],
  });
  console.log(completion.choices[0]?.message.content);
}
