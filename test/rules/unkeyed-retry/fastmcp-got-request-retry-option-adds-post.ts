// FastMCP tools calling got with a per-request retry option. Adding POST to `methods` makes got
// re-send the SMS order on a 503 or a dropped connection; raising only `limit` leaves POST alone.
import { FastMCP } from 'fastmcp';
import got from 'got';
import { z } from 'zod';

const server = new FastMCP({ name: 'field-ops', version: '3.1.0' });

server.addTool({
  name: 'dispatch_technician',
  description: 'Dispatch a technician to a customer site',
  parameters: z.object({ siteId: z.string(), problem: z.string() }),
  execute: async ({ siteId, problem }) => {
    const job = await got.post('https://dispatch.example.com/api/jobs', { // expect: unkeyed-retry
      json: { siteId, problem },
      retry: { limit: 2, methods: ['POST'] },
      timeout: { request: 15_000 },
    }).json<{ jobId: string }>();
    return `Dispatched job ${job.jobId}`;
  },
});

server.addTool({
  name: 'log_site_visit',
  description: 'Record that a technician visited a site',
  parameters: z.object({ siteId: z.string(), notes: z.string() }),
  execute: async ({ siteId, notes }) => {
    const visit = await got.post('https://dispatch.example.com/api/visits', {
      json: { siteId, notes },
      retry: { limit: 4 },
      timeout: { request: 15_000 },
    }).json<{ visitId: string }>();
    return `Logged visit ${visit.visitId}`;
  },
});

server.start({ transportType: 'stdio' });
