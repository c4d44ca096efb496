import { chat, query, relay, spawnAgent } from './sdk';

export async function listFiles() {
  for await (const message of query({ prompt: 'What files are here?', options: { allowedTools: ['Read', 'Grep'] } })) { // expect: unbounded-agent-loop
    if (message.type === 'result') return message;
  }
  return undefined;
}

export function fixBug(issue: string) {
  return query({ prompt: issue }); // expect: unbounded-agent-loop
}

export function boundedFix(issue: string) {
  return query({ prompt: issue, options: { maxTurns: 12, allowedTools: ['Edit'] } });
}

export function onEmail(body: string) {
  return spawnAgent({ prompt: body, model: 'claude-opus-4-1' }); // expect: unbounded-agent-loop
}

export function onWebhook(payload: string, sessionId: string) {
  return spawnAgent({ prompt: payload, resume: sessionId, cwd: '/srv/work' }); // expect: unbounded-agent-loop
}

export async function conversation(first: string, next: string, channel: { id: string; name: string }) {
  const opening = chat(first);
  const reply = chat(next, 'session-1');
  relay(channel, first);
  relay(channel, next);
  return { opening, reply };
}
