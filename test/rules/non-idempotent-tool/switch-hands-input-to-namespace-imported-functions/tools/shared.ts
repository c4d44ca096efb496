// One submit function two tools share: a helper of both cases.
import type { HelpdeskApi } from './api.js';

export async function submit(api: HelpdeskApi, payload: Record<string, unknown>) {
  return api.create('notes', payload);
}
