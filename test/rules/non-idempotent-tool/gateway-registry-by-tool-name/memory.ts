// Gateway tools: registry.ts looks each up by the tool name the agent relays over HTTP (a parameter named for it).
// Saving a note POSTs a new version, reported here; reading one is clean.
const STORE = 'https://store.example.com/api';

async function save_note({ scope, content }: { scope: string; content: string }) {
  const res = await fetch(`${STORE}/notes/${scope}/versions`, { // expect: non-idempotent-tool
    method: 'POST',
    body: JSON.stringify({ content }),
    signal: AbortSignal.timeout(10_000),
  });
  return res.json();
}

async function get_note({ scope }: { scope: string }) {
  const res = await fetch(`${STORE}/notes/${scope}`, { signal: AbortSignal.timeout(10_000) });
  return res.json();
}

const memoryTools = { save_note, get_note };

export { memoryTools };
