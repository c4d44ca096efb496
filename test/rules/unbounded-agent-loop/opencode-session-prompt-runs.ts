// OpenCode's server runs the session's agent loop on every prompt until the model stops: its only step bound is the
// agent's `steps` in the OpenCode config (`agent.steps ?? Infinity`), never an option of the call (test/corpus/README.md
// question 95). `session.prompt` waits for the run and `session.promptAsync` returns while it goes on: both are
// reported at the call, on a client from `createOpencodeClient()`, from `createOpencode()` and from a plugin's
// `PluginInput['client']`. Clean: a prompt with `noReply: true` (the message is stored, no run starts, v1's `body`
// and v2's flat form alike), the session's other calls, and a project object's own `prompt`.
import { createOpencode, createOpencodeClient } from '@opencode-ai/sdk';
import type { PluginInput } from '@opencode-ai/plugin';

const client = createOpencodeClient({ baseUrl: 'http://127.0.0.1:4096' });

export async function fixIssue(sessionId: string, issue: string) {
  const reply = await client.session.prompt({ // expect: unbounded-agent-loop
    path: { id: sessionId },
    body: { agent: 'build', parts: [{ type: 'text', text: `Fix: ${issue}` }] },
  });
  return reply.data;
}

export async function kickOff(sessionID: string, task: string) {
  await client.session.promptAsync({ sessionID, parts: [{ type: 'text', text: task }] }); // expect: unbounded-agent-loop
}

export async function fromServer(task: string) {
  const opencode = await createOpencode();
  const session = await opencode.client.session.create({ body: { title: task } });
  await opencode.client.session.prompt({ path: { id: session.data!.id }, body: { parts: [{ type: 'text', text: task }] } }); // expect: unbounded-agent-loop
  opencode.server.close();
}

let pluginClient: PluginInput['client'] | null = null;

export function remember(input: PluginInput) {
  pluginClient = input.client;
}

export async function relay(sessionID: string, text: string) {
  if (!pluginClient) return;
  await pluginClient.session.promptAsync({ path: { id: sessionID }, body: { parts: [{ type: 'text', text }] } }); // expect: unbounded-agent-loop
}

export async function note(sessionId: string, text: string) {
  await client.session.prompt({ path: { id: sessionId }, body: { noReply: true, parts: [{ type: 'text', text }] } });
  await client.session.promptAsync({ sessionID: sessionId, noReply: true, parts: [{ type: 'text', text }] });
  await client.session.abort({ path: { id: sessionId } });
  return client.session.messages({ path: { id: sessionId } });
}

const terminal = {
  async prompt(question: string) {
    return question.trim();
  },
};

export async function ask(question: string) {
  return terminal.prompt(question);
}
