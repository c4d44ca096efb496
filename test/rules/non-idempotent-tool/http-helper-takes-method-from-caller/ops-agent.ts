// AI SDK tools over the helpers in ops-client.ts. Writes: a POST through a destructured method, a
// POST through options split with a rest spread, an axios config with `method: 'post'`, a verb helper
// whose key is made fresh per run. Clean: reads by default and by explicit GET, an axios config with
// no method, a verb helper keyed by the tool call id.
import { tool } from 'ai';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { opsAxios, opsCall, opsFetch, opsPost } from './ops-client.js';

export const opsTools = {
  restartService: tool({
    description: 'Restart a service',
    inputSchema: z.object({ service: z.string() }),
    execute: async ({ service }) => opsFetch(`/services/${service}/restarts`, { method: 'post' }), // expect: non-idempotent-tool
  }),
  serviceStatus: tool({
    description: 'Status of a service',
    inputSchema: z.object({ service: z.string() }),
    execute: async ({ service }) => opsFetch(`/services/${service}`),
  }),
  openIncident: tool({
    description: 'Open an incident',
    inputSchema: z.object({ title: z.string() }),
    execute: async ({ title }) => opsCall('/incidents', { method: 'POST', json: { title }, retries: 2 }), // expect: non-idempotent-tool
  }),
  listIncidents: tool({
    description: 'List incidents',
    inputSchema: z.object({}),
    execute: async () => opsCall('/incidents', { method: 'GET' }),
  }),
  pageOnCall: tool({
    description: 'Page the on-call engineer',
    inputSchema: z.object({ message: z.string() }),
    execute: async ({ message }) => opsAxios({ url: '/pages', method: 'post', data: { message } }), // expect: non-idempotent-tool
  }),
  onCallSchedule: tool({
    description: 'Who is on call',
    inputSchema: z.object({}),
    execute: async () => opsAxios({ url: '/schedule' }),
  }),
  addRunbookStep: tool({
    description: 'Append a step to a runbook',
    inputSchema: z.object({ runbookId: z.string(), step: z.string() }),
    execute: async ({ runbookId, step }) => opsPost(`/runbooks/${runbookId}/steps`, { step }, { headers: { 'Idempotency-Key': randomUUID() } }), // expect: non-idempotent-tool
  }),
  ackAlert: tool({
    description: 'Acknowledge an alert',
    inputSchema: z.object({ alertId: z.string() }),
    execute: async ({ alertId }, { toolCallId }) => opsPost(`/alerts/${alertId}/acks`, {}, { headers: { 'Idempotency-Key': toolCallId } }),
  }),
};
