// Callers of the helpers in http-client.ts, with no word the prefilter looks for.
import { postJson, postJsonBounded } from './http-client';

export async function notifyPartner(id: string) {
  return postJson('https://partner.example.com/notify', { method: 'POST', body: JSON.stringify({ id }) });
}

export async function notifyPartnerBounded(id: string) {
  return postJsonBounded('https://partner.example.com/notify', { method: 'POST', body: JSON.stringify({ id }), signal: AbortSignal.timeout(5_000) });
}
