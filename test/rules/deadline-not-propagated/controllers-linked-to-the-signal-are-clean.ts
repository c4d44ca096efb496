// Found on dev-corpus repositories (cline): a controller the received signal aborts through a handler
// variable, and a controller a received deadline aborts through setTimeout, carry them — clean.
export async function webFetch(url: string, context: { signal?: AbortSignal }, timeoutMs = 10_000) {
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), timeoutMs);
  let onAbort: (() => void) | undefined;
  if (context.signal) {
    onAbort = () => controller.abort();
    context.signal.addEventListener('abort', onAbort);
  }
  try {
    return await fetch(url, { method: 'GET', signal: controller.signal });
  } finally {
    clearTimeout(timeout);
    if (onAbort) context.signal?.removeEventListener('abort', onAbort);
  }
}

export async function fetchWithTimeout(input: string, timeoutMs: number): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetch(input, { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}
