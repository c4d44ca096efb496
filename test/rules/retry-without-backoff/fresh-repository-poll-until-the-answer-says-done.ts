// Found on a fresh batch of repositories outside the corpus (judged before mending): a loop that fetches an
// agent's state until the answer says it finished processing. Whether it leaves depends on a field of the
// answer, so a successful request goes round too: it polls (clean). Its twin leaves as soon as the request
// worked, and only checks whether the response was ok: a retry with a constant wait (finding).
export async function pollUntilIdle(baseUrl: string, timeout = 60_000, interval = 1_000) {
  const deadline = Date.now() + timeout;
  let sawProcessing = false;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${baseUrl}/state`, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) {
        const state = await res.json() as { isProcessing: boolean; history: unknown[] };
        if (state.isProcessing) sawProcessing = true;
        if (!state.isProcessing && sawProcessing) return state;
      }
    } catch {
      // the server may not be up yet
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  throw new Error('agent did not finish in time');
}

export async function fetchStateWithRetry(baseUrl: string) {
  for (let attempt = 0; attempt < 5; attempt++) { // expect: retry-without-backoff
    try {
      const res = await fetch(`https://agents.example.com${baseUrl}/state`, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return await res.json();
    } catch {
      // try again
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error('state unavailable');
}

// Found on the same batch: a middleware that, when the primary model fails, tries each fallback model in turn.
// Each pass works on the next item of the list — a fallback chain, not the same attempt again (clean). The
// twin asks the same model again each pass, with no wait: a retry (finding).
declare function callModel(model: string, prompt: string): Promise<string>;

export async function withFallbacks(prompt: string, fallbackModels: string[]) {
  try {
    return await callModel('primary', prompt);
  } catch (error) {
    for (let i = 0; i < fallbackModels.length; i++) {
      try {
        const model = fallbackModels[i]!;
        return await fetch('https://models.example.com/v1/complete', { method: 'POST', body: JSON.stringify({ model, prompt }), signal: AbortSignal.timeout(30_000) });
      } catch (fallbackError) {
        if (i === fallbackModels.length - 1) throw fallbackError;
      }
    }
    throw error;
  }
}

export async function withSameModelAgain(prompt: string, models: string[]) {
  for (let i = 0; i < 3; i++) { // expect: retry-without-backoff
    try {
      const model = models[0]!;
      return await fetch('https://models.example.com/v1/complete', { method: 'POST', body: JSON.stringify({ model, prompt }), signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      if (i === 2) throw error;
    }
  }
  throw new Error('unreachable');
}
