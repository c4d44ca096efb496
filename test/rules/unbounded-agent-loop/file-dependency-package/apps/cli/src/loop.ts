// A package of the same repository linked as a `file:` dependency (`"@acme/adapters": "file:../../libs/adapters"`)
// and imported by its name: its entry names the build output (dist/index.js), read back to src/index.ts, so the
// adapter's `send` is followed to the Anthropic call. The loop ended only by the model is reported; the twin with
// a turn bound is clean.
import { ClaudeAdapter } from '@acme/adapters';

const adapter = new ClaudeAdapter();
const MAX_TURNS = 10;

export async function chatUntilDone(task: string) {
  const messages: Array<{ role: 'user' | 'assistant'; content: string }> = [{ role: 'user', content: task }];
  while (true) { // expect: unbounded-agent-loop
    const reply = await adapter.send(messages);
    if (reply.stop_reason !== 'tool_use') return reply;
    messages.push({ role: 'assistant', content: JSON.stringify(reply.content) }, { role: 'user', content: 'tool result' });
  }
}

export async function chatWithinTurns(task: string) {
  const messages: Array<{ role: 'user' | 'assistant'; content: string }> = [{ role: 'user', content: task }];
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const reply = await adapter.send(messages);
    if (reply.stop_reason !== 'tool_use') return reply;
    messages.push({ role: 'assistant', content: JSON.stringify(reply.content) }, { role: 'user', content: 'tool result' });
  }
  return undefined;
}
