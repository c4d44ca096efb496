// Notice jobs are added in bulk with attempts: 4 in each job's opts: a failed job mails the notice again.
import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { NOTICE_QUEUE } from '../queues/names.js';

@Processor(NOTICE_QUEUE)
export class NoticeProcessor extends WorkerHost {
  async process(job: Job<{ recipient: string; text: string }>): Promise<void> {
    await fetch('https://mail.example.com/send', { method: 'POST', body: JSON.stringify(job.data), signal: AbortSignal.timeout(10_000) }); // expect: unkeyed-retry
  }
}
