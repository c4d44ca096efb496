// A loop that returns the model's first answer is a retry loop: the answer ends it, whatever it says. A self-call
// that passes the value which takes the other branch of the test it sits under goes one level deep.
import OpenAI from 'openai';

const openai = new OpenAI();
type Body = OpenAI.ChatCompletionCreateParamsNonStreaming;

export async function completeWithRetries(body: Body, backoff: (count: number) => number) {
  let count = 0;
  while (true) {
    try {
      return await openai.chat.completions.create(body);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, backoff(count)));
      count++;
    }
  }
}

/** The answer is kept and the loop goes on while the model asks for tools: an agent loop. */
export async function toolLoop(body: Body, run: (name: string) => Promise<string>) {
  while (true) { // expect: unbounded-agent-loop
    const answer = await openai.chat.completions.create(body);
    const calls = answer.choices[0]?.message.tool_calls ?? [];
    if (calls.length === 0) return answer;
    for (const call of calls) body.messages.push({ role: 'tool', tool_call_id: call.id, content: await run(call.id) });
  }
}

interface Input {
  messages: Body['messages'];
  format?: { type: 'text' | 'json' };
}

export class ChatModel {
  process(input: Input): Promise<string> {
    return this.processInput(input);
  }

  private async processInput(input: Input): Promise<string> {
    const answer = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: input.messages });
    const text = answer.choices[0]?.message.content ?? '';
    if (input.format?.type === 'json') {
      return text;
    } else if (!text) {
      // Once, in JSON mode: the self-call passes the value that takes the branch above.
      return this.process({ ...input, format: { type: 'json' } });
    }
    return text;
  }
}

export class LoopingModel {
  process(input: Input): Promise<string> {
    return this.processInput(input); // expect: unbounded-agent-loop
  }

  private async processInput(input: Input): Promise<string> {
    const answer = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: input.messages });
    const text = answer.choices[0]?.message.content ?? '';
    if (input.format?.type === 'json') {
      return text;
    } else if (!text) {
      // Passes the same format again: nothing switches the branch off.
      return this.process({ ...input, format: { type: 'text' } });
    }
    return text;
  }
}
