// A helper that takes its options parameter apart in its body (`const { redact, ...init } = options`) and hands the
// rest to fetch: the rest is what each caller passes, minus the names taken out — as for a rest in the parameter list
// (options-rest-of-a-destructured-parameter.ts). Every caller passing headers only leaves the fetch with no deadline —
// a finding; a helper whose every caller passes a signal is clean.
interface JsonRequest extends RequestInit {
  redact?: string[];
}

export async function getJson(url: string, options: JsonRequest = {}) {
  const { redact = [], ...init } = options;
  const response = await fetch(url, init); // expect: missing-deadline
  const text = await response.text();
  return JSON.parse(redact.reduce((body, secret) => body.split(secret).join('***'), text)) as unknown;
}

export async function loadBoard(boardId: string, token: string) {
  return getJson(`https://boards.example.com/api/boards/${boardId}`, { headers: { authorization: `Bearer ${token}` }, redact: [token] });
}

export async function getJsonWithin(url: string, options: JsonRequest = {}) {
  const { redact = [], ...init } = options;
  const response = await fetch(url, init);
  return { redacted: redact.length, body: (await response.json()) as unknown };
}

export async function loadCard(cardId: string, token: string) {
  return getJsonWithin(`https://boards.example.com/api/cards/${cardId}`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(10_000) });
}
