// Local functions and objects named like SDK calls are not LLM calls: a `while (true)` render
// loop around a local `generateText`, and recursion through a local `openai` test double.
function generateText(template: string, values: Record<string, string>) {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

const openai = {
  chat: {
    completions: {
      create: (body: { messages: string[] }) => ({ done: body.messages.length > 3, reply: body.messages.at(-1) ?? '' }),
    },
  },
};

export function expandTemplate(template: string, values: Record<string, string>) {
  let current = template;
  while (true) {
    const next = generateText(current, values);
    if (next === current) return current;
    current = next;
  }
}

export function echoConversation(messages: string[]): string {
  const result = openai.chat.completions.create({ messages });
  if (result.done) return result.reply;
  return echoConversation([...messages, `echo ${result.reply}`]);
}
