// Locally defined objects and functions named like SDKs are not SDK calls: a test double with
// `chat.completions.create`, a template helper called `generateText`, a cache called `axios`.
interface FakeCompletion {
  choices: Array<{ message: { content: string } }>;
}

const openai = {
  chat: {
    completions: {
      create: async (body: { messages: Array<{ content: string }> }): Promise<FakeCompletion> => ({
        choices: [{ message: { content: `echo: ${body.messages.at(-1)?.content ?? ''}` } }],
      }),
    },
  },
};

function generateText(options: { template: string; values: Record<string, string> }) {
  return options.template.replace(/\{(\w+)\}/g, (_, key: string) => options.values[key] ?? '');
}

const axios = {
  responses: new Map<string, unknown>(),
  get(url: string) {
    return Promise.resolve({ data: this.responses.get(url) });
  },
};

export async function echoReply(message: string) {
  const completion = await openai.chat.completions.create({ messages: [{ content: message }] });
  return completion.choices[0]?.message.content;
}

export function greeting(name: string) {
  return generateText({ template: 'Hello {name}, how can I help?', values: { name } });
}

export async function recordedResponse(url: string) {
  const { data } = await axios.get(url);
  return data;
}
