// README question 46: a `for…of` that tries one model (provider, endpoint) after another until one succeeds runs the
// whole attempt again after any failure, also one that came after the attempt's post had landed: the post is made again.
// Clean: a loop over different items (each handled once), a fallback that goes on only after an error it picks (every
// other error is thrown), and a fallback whose attempt writes nothing.
declare const SUMMARY_MODELS: string[];
declare function summarise(model: string, text: string): Promise<string>;
declare class QuotaRefused extends Error {}

async function postSummary(channel: string, summary: string): Promise<void> {
  await fetch('https://chat.example.com/api/messages', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ channel, text: summary }),
    signal: AbortSignal.timeout(10_000),
  });
}

export async function summariseToChannel(channel: string, text: string): Promise<boolean> {
  for (const model of SUMMARY_MODELS) {
    try {
      const summary = await summarise(model, text);
      await postSummary(channel, summary); // expect: unkeyed-retry
      return true;
    } catch (error) {
      console.warn(`summary with ${model} failed`, error);
    }
  }
  return false;
}

export async function postEach(channel: string, texts: string[]): Promise<void> {
  for (const text of texts) {
    try {
      await postSummary(channel, text);
      return;
    } catch (error) {
      console.warn('post failed', error);
    }
  }
}

export async function summariseUnlessRefused(channel: string, text: string, providers: string[]): Promise<void> {
  for (const provider of providers) {
    try {
      await postSummary(channel, await summarise(provider, text));
      return;
    } catch (error) {
      if (!(error instanceof QuotaRefused)) throw error;
    }
  }
}

export async function firstSummary(text: string): Promise<string | undefined> {
  for (const model of SUMMARY_MODELS) {
    try {
      return await summarise(model, text);
    } catch {
      console.warn(`${model} failed`);
    }
  }
  return undefined;
}
