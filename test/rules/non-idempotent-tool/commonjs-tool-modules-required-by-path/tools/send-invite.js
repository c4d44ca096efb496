// The send-invite tool's handler, the one value this CommonJS module exports; tools/index.js requires it by path.
const CALENDAR = 'https://calendar.example.com/api';

async function handleSendInvite(args) {
  await fetch(`${CALENDAR}/invitations`, { // expect: non-idempotent-tool
    method: 'POST',
    body: JSON.stringify({ email: args.email, eventId: args.eventId }),
    signal: AbortSignal.timeout(10_000),
  });
  return { content: [{ type: 'text', text: `invited ${args.email}` }] };
}

module.exports = handleSendInvite;
