// A read: its tool lists events.
const CALENDAR = 'https://calendar.example.com/api';

async function handleListEvents() {
  const res = await fetch(`${CALENDAR}/events`, { signal: AbortSignal.timeout(10_000) });
  return { content: [{ type: 'text', text: await res.text() }] };
}

module.exports = handleListEvents;
