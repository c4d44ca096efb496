// Queue tools. Enqueueing a job POSTs through the client class with no key: reported. Listing jobs GETs
// through the same class: clean.
import { z } from 'zod';
import { tool } from '../define.js';
import { queueClient } from '../http-client.js';

export const jobTools = {
  enqueue_job: tool({
    description: 'Enqueue a job on a queue',
    inputSchema: z.object({ queue: z.string(), payload: z.record(z.string(), z.unknown()), apiKey: z.string().optional() }),
    handler: async (params) => {
      const client = queueClient(params);
      const job = await client.post<{ id: string }>(`v1/queues/${params.queue}/jobs`, params.payload); // expect: non-idempotent-tool
      return `queued ${job.id}`;
    },
  }),
  list_jobs: tool({
    description: 'List the jobs waiting on a queue',
    inputSchema: z.object({ queue: z.string(), apiKey: z.string().optional() }),
    handler: async (params) => {
      const client = queueClient(params);
      return client.get(`v1/queues/${params.queue}/jobs`);
    },
  }),
};
