// Mastra tool: exponential-backoff retries the helper that creates the render job, so a lost
// response queues the same video twice. The status read beside it is retried safely.
import { createTool } from '@mastra/core/tools';
import { backOff } from 'exponential-backoff';
import { z } from 'zod';
import { getRenderJob, submitRenderJob } from './render-queue.js';

export const renderVideoTool = createTool({
  id: 'render-video',
  description: 'Render a personalised video from a template',
  inputSchema: z.object({ templateId: z.string(), customerName: z.string() }),
  outputSchema: z.object({ jobId: z.string() }),
  execute: async ({ templateId, customerName }) => {
    const job = await backOff(
      () =>
        submitRenderJob(templateId, { customerName }), // expect: unkeyed-retry
      { numOfAttempts: 4, startingDelay: 400, jitter: 'full' },
    );
    return { jobId: job.jobId };
  },
});

export const renderStatusTool = createTool({
  id: 'render-status',
  description: 'Check whether a render job has finished',
  inputSchema: z.object({ jobId: z.string() }),
  outputSchema: z.object({ status: z.string() }),
  execute: async ({ jobId }) => {
    const job = await backOff(() => getRenderJob(jobId), { numOfAttempts: 3, jitter: 'full' });
    return { status: job.status };
  },
});
