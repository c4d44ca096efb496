// A catch that sends again only when a test of the caught error says the server refused the first send (a 400 for markup
// it cannot parse, Slack's `invalid_arguments`) repeats nothing: the refused send did nothing (corpus README question 13).
// The test may be written by name — a property the error class sets in its constructor, a const, a function of the file —
// and is read where it is made. Still findings: a re-send gated on a property that picks 5xx and timeouts (the server may
// have acted), and on a helper whose name is all that says what it tests when its body does not say a refusal.

class ChatApiError extends Error {
  readonly status: number;
  readonly isMarkupRejected: boolean;
  readonly isTransient: boolean;

  constructor(status: number, description: string) {
    super(description);
    this.status = status;
    this.isMarkupRejected = status === 400 && description.toLowerCase().includes("can't parse");
    this.isTransient = status >= 500 || description.includes('timeout');
  }
}

async function post(method: string, body: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(`https://chat.example.com/api/${method}`, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new ChatApiError(response.status, await response.text());
  return response.json();
}

function isRejectedArguments(error: unknown): boolean {
  const code = (error as { data?: { error?: string } }).data?.error ?? '';
  return code === 'invalid_arguments';
}

function isWorthAnotherTry(error: unknown): boolean {
  return error instanceof ChatApiError && error.status !== 404;
}

export async function sendFormatted(chat: string, text: string): Promise<unknown> {
  try {
    return await post('sendMessage', { chat, text, format: 'html' });
  } catch (error) {
    if (error instanceof ChatApiError && error.isMarkupRejected) return post('sendMessage', { chat, text });
    throw error;
  }
}

export async function sendPlainOnParseFailure(chat: string, text: string): Promise<unknown> {
  try {
    return await post('sendMessage', { chat, text, format: 'markdown' });
  } catch (err) {
    const isParseError = err instanceof Error && err.message.includes("can't parse");
    if (isParseError) return post('sendMessage', { chat, text });
    throw err;
  }
}

export async function postWithoutBlocks(chat: string, text: string, blocks: unknown[]): Promise<unknown> {
  try {
    return await post('postMessage', { chat, text, blocks });
  } catch (err) {
    if (isRejectedArguments(err)) return post('postMessage', { chat, text });
    throw err;
  }
}

export async function sendAgainWhenTransient(chat: string, text: string): Promise<unknown> {
  try {
    return await post('sendMessage', { chat, text });
  } catch (error) {
    if (error instanceof ChatApiError && error.isTransient) return post('sendMessage', { chat, text }); // expect: unkeyed-retry
    throw error;
  }
}

export async function sendAgainWhenWorthIt(chat: string, text: string): Promise<unknown> {
  try {
    return await post('sendMessage', { chat, text });
  } catch (error) {
    if (isWorthAnotherTry(error)) return post('sendMessage', { chat, text }); // expect: unkeyed-retry
    throw error;
  }
}
