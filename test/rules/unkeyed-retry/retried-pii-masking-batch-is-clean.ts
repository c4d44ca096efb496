// A retry loop around a POST that masks PII in a batch of texts: the service returns the texts transformed
// and stores nothing, so a repeat duplicates nothing (a read sent as POST). The same loop shape around a
// batch of notifications sends them again: a finding.
export async function maskTexts(texts: string[]): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch('https://guard.example.com/api/pii/mask-batch', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ texts }),
        signal: AbortSignal.timeout(20_000),
      });
      if (!res.ok) throw new Error(`mask ${res.status}`);
      return ((await res.json()) as { texts: string[] }).texts;
    } catch (error) {
      if (attempt >= 4) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt + Math.random() * 100));
    }
  }
}

export async function notifyAll(messages: string[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fetch('https://notify.example.com/v1/notifications/send-batch', { // expect: unkeyed-retry
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ messages }),
        signal: AbortSignal.timeout(20_000),
      });
      return;
    } catch (error) {
      if (attempt >= 4) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt + Math.random() * 100));
    }
  }
}
