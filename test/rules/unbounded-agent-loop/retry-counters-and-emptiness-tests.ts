// A counter checked with an `else` that throws bounds a loop; a test for emptiness of the model's own output
// (`toolCalls.length > 0`) does not — the model decides it.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 60_000 });
declare function runTool(name: string, args: string): Promise<string>;

export async function createRunWithRetries(threadId: string, assistantId: string) {
  let state = 'requires_action_retry';
  let retries = 3;
  while (state === 'requires_action_retry') {
    if (retries > 0) {
      retries -= 1;
      const run = await openai.beta.threads.runs.createAndPoll(threadId, { assistant_id: assistantId });
      state = run.status;
    } else {
      throw new Error(`run failed: ${state}`);
    }
  }
  return state;
}

export async function toolLoop(messages: OpenAI.ChatCompletionMessageParam[]) {
  while (true) { // expect: unbounded-agent-loop
    const completion = await openai.chat.completions.create({ model: 'gpt-5-mini', messages });
    const message = completion.choices[0]!.message;
    messages.push(message);
    const calls = message.tool_calls ?? [];
    if (calls.length < 1) return message.content;
    for (const call of calls) {
      if (call.type !== 'function') continue;
      messages.push({ role: 'tool', tool_call_id: call.id, content: await runTool(call.function.name, call.function.arguments) });
    }
  }
}
