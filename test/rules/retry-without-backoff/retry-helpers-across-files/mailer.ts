// Two retry loops that wait through helpers in another file.
import { delayFor, pause, sleepWithJitter } from './backoff';

const MAIL = 'https://mail.example.com/v1/send';

export async function sendDigest(to: string, html: string) {
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const res = await fetch(MAIL, { method: 'POST', body: JSON.stringify({ to, html, key: `digest-${to}` }), signal: AbortSignal.timeout(10_000) });
      if (res.ok) return;
    } catch {
      // retry
    }
    await sleepWithJitter(1_000 * 2 ** attempt);
  }
}

export async function sendReceipt(to: string, html: string) {
  for (let attempt = 0; attempt < 4; attempt++) { // expect: retry-without-backoff
    try {
      const res = await fetch(MAIL, { method: 'POST', body: JSON.stringify({ to, html, key: `receipt-${to}` }), signal: AbortSignal.timeout(10_000) });
      if (res.ok) return;
    } catch {
      // retry
    }
    await pause(delayFor(attempt));
  }
}
