// The CLI's agent loop codes against the ChatApi interface of the workspace package @acme/llm (imported by its
// package name, no tsconfig `paths`): one of its implementations calls the model, so the loop does, and it stops
// only when the model asks for no tool. The twin counting turns is clean, and so is a loop over another
// interface of the package whose implementations call no model.
import type { ChatApi, TranscriptStore } from '@acme/llm';

const MAX_TURNS = 12;

async function runTool(name: string, input: string): Promise<string> {
  return `${name}(${input})`;
}

export async function runAgent(api: ChatApi, task: string) {
  const messages = [{ role: 'user', content: task }];
  while (true) { // expect: unbounded-agent-loop
    const turn = await api.complete(messages);
    messages.push({ role: 'assistant', content: turn.text });
    if (turn.toolCalls.length === 0) return turn.text;
    for (const call of turn.toolCalls) messages.push({ role: 'user', content: await runTool(call.name, call.input) });
  }
}

export async function runAgentWithinTurns(api: ChatApi, task: string) {
  const messages = [{ role: 'user', content: task }];
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const reply = await api.complete(messages);
    if (reply.toolCalls.length === 0) return reply.text;
    for (const call of reply.toolCalls) messages.push({ role: 'user', content: await runTool(call.name, call.input) });
  }
  return undefined;
}

export async function drainTranscript(store: TranscriptStore, archive: TranscriptStore) {
  while (true) {
    const line = await store.next();
    if (line === undefined) break;
    await archive.append(line);
  }
}
