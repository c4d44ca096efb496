import type { Job } from 'bullmq';

const post = (url: string, body: unknown) => fetch(url, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });

// 'archive' is made by `retriedQueue('archive')` in producers.ts: two attempts.
export async function handleArchive(job: Job<{ ticketId: string }>) {
  await post('https://archive.example.com/records', { ticketId: job.data.ticketId }); // expect: unkeyed-retry
}

// 'survey' is made by `plainQueue`: one run.
export async function handleSurvey(job: Job<{ ticketId: string }>) {
  await post('https://survey.example.com/invitations', { ticketId: job.data.ticketId });
}

export async function handleNotice(job: Job<{ ticketId: string }>) {
  await post('https://notice.example.com/notices', { ticketId: job.data.ticketId });
}
