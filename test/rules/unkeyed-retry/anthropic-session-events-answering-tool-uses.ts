// Managed-agent session events (@anthropic-ai/sdk 1.12.0, resources/beta/sessions/events.d.ts): a user message is new
// each time it is sent, so the client's two unkeyed retries can post it twice. An answer to a tool use names the use it
// answers (`tool_use_id`, `custom_tool_use_id`) and an interrupt sets the session's state: a batch made only of those
// adds nothing new when repeated — clean, also when the batch is built with `.map` or held in a const. A batch that
// mixes a message in, or one whose events cannot be seen (a list filtered elsewhere), stays a finding.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ timeout: 120_000 });

type Outbound = Parameters<typeof client.beta.sessions.events.send>[1]['events'];

export async function say(sessionId: string, text: string) {
  await client.beta.sessions.events.send(sessionId, { events: [{ type: 'user.message', content: [{ type: 'text', text }] }] }); // expect: unkeyed-retry
}

export async function answerTools(sessionId: string, toolUseId: string, text: string, confirmations: string[]) {
  await client.beta.sessions.events.send(sessionId, {
    events: [{ type: 'user.custom_tool_result', custom_tool_use_id: toolUseId, content: [{ type: 'text', text }], is_error: false }],
  });
  await client.beta.sessions.events.send(sessionId, {
    events: confirmations.map((tool_use_id) => ({ type: 'user.tool_confirmation' as const, tool_use_id, result: 'allow' as const })),
  });
  const results = [{ type: 'user.tool_result' as const, tool_use_id: toolUseId, content: [{ type: 'text' as const, text }] }];
  await client.beta.sessions.events.send(sessionId, { events: results });
  await client.beta.sessions.events.send(sessionId, { events: [{ type: 'user.interrupt' }] });
}

export async function answerAndAsk(sessionId: string, toolUseId: string, text: string, outbound: Outbound) {
  await client.beta.sessions.events.send(sessionId, { // expect: unkeyed-retry
    events: [
      { type: 'user.custom_tool_result', custom_tool_use_id: toolUseId, content: [{ type: 'text', text }] },
      { type: 'user.message', content: [{ type: 'text', text: 'and now summarise' }] },
    ],
  });
  await client.beta.sessions.events.send(sessionId, { events: outbound.filter((event) => event.type !== 'user.interrupt') }); // expect: unkeyed-retry
}
