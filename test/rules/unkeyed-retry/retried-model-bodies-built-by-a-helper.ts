// A hand-rolled model client whose request body a project function builds (`JSON.stringify(toWire(request))`, held in
// a const and sent as `body`): the body is a model request (`model`, `max_tokens`, `messages`), so the retry re-sends a
// completion — clean, with the endpoint taken from the caller's configuration. The same retry loop around a body
// another helper builds for a ticket is a write re-sent with no key — a finding.
interface Turn {
  role: 'user' | 'assistant';
  text: string;
}

interface WireMessage {
  role: 'user' | 'assistant';
  content: string;
}

function toWire(model: string, turns: Turn[], maxTokens: number) {
  const wire: { model: string; max_tokens: number; messages: WireMessage[]; temperature?: number } = {
    model,
    max_tokens: maxTokens,
    messages: turns.map((turn) => ({ role: turn.role, content: turn.text })),
  };
  if (maxTokens < 256) wire.temperature = 0;
  return wire;
}

function toTicket(title: string, details: string) {
  return { title, description: details, labels: ['agent'] };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function completionClient(options: { endpoint: string; apiKey: string }) {
  return async function complete(model: string, turns: Turn[]) {
    const body = JSON.stringify(toWire(model, turns, 1024));
    for (let attempt = 0; attempt < 4; attempt++) {
      try {
        const response = await fetch(options.endpoint, { method: 'POST', headers: { 'x-api-key': options.apiKey }, body, signal: AbortSignal.timeout(60_000) });
        if (response.ok) return (await response.json()) as unknown;
      } catch {
        await pause(250 * 2 ** attempt);
      }
    }
    throw new Error('completion failed');
  };
}

export async function openTicket(trackerUrl: string, title: string, details: string) {
  const body = JSON.stringify(toTicket(title, details));
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const response = await fetch(`${trackerUrl}/api/tickets`, { method: 'POST', body, signal: AbortSignal.timeout(10_000) }); // expect: unkeyed-retry
      if (response.ok) return (await response.json()) as unknown;
    } catch {
      await pause(250 * 2 ** attempt);
    }
  }
  throw new Error('ticket not opened');
}
