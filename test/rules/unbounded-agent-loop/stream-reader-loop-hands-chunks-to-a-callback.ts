// A loop that reads a streamed response chunk by chunk (`await reader.read()` on `response.body.getReader()`) and hands
// each event to a callback ends when the stream does: each turn handles what arrived (question 18), even when the
// callback — here the caller's handler, which asks the model again after a tool call — reaches a model call. The
// recursion through the handler is the agent loop, and is reported where it recurses. A loop that asks the model on
// every turn with no read in between is still reported.
import OpenAI from 'openai';

const client = new OpenAI();

async function readTurn(messages: unknown[], onEvent: (event: { type: string; name?: string }) => Promise<void>) {
  const response = await fetch('/api/turn', { method: 'POST', body: JSON.stringify({ messages }), signal: AbortSignal.timeout(30_000) });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let done = false;
  while (!done) {
    const { value, done: finished } = await reader.read();
    done = finished;
    for (const line of decoder.decode(value).split('\n\n')) {
      if (line.startsWith('data: ')) await onEvent(JSON.parse(line.slice(6)));
    }
  }
}

export async function converse(messages: unknown[]): Promise<void> {
  await readTurn(messages, async (event) => {
    if (event.type === 'function_call') {
      const reply = await client.chat.completions.create({ model: 'gpt-4.1-mini', messages: [] }, { timeout: 30_000 });
      messages.push(reply.choices[0]?.message);
      await converse(messages); // expect: unbounded-agent-loop
    }
  });
}

export async function keepAsking(messages: { role: 'user'; content: string }[]): Promise<void> {
  let done = false;
  while (!done) { // expect: unbounded-agent-loop
    const reply = await client.chat.completions.create({ model: 'gpt-4.1-mini', messages }, { timeout: 30_000 });
    done = reply.choices[0]?.finish_reason === 'stop';
  }
}
