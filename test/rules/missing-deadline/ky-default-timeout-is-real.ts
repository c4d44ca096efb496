// ky aborts every request after 10 s unless told otherwise: its default deadline is real, so
// plain ky calls and calls through a ky instance are not reported.
import ky from 'ky';
import { tool } from 'ai';
import { z } from 'zod';

const statusApi = ky.create({ prefixUrl: 'https://status.example.com/api/v2' });

export const getServiceStatus = tool({
  description: 'Current status of one of our public services',
  inputSchema: z.object({ service: z.string() }),
  execute: async ({ service }) => statusApi.get(`components/${service}`).json<{ status: string }>(),
});

export async function reportOutage(service: string, description: string) {
  return ky.post('https://status.example.com/api/v2/incidents', { json: { service, description } }).json();
}

export async function pingHealth() {
  const res = await ky('https://status.example.com/healthz');
  return res.ok;
}
