import type { Job } from 'bullmq';

// The worker that runs this is in workers.ts; its queue, made by `ticketQueue`, retries a failed job three times.
export async function handleEscalation(job: Job<{ ticketId: string }>) {
  const ticket = await fetch(`https://desk.example.com/tickets/${job.data.ticketId}`, { signal: AbortSignal.timeout(10_000) });
  const { owner } = await ticket.json();
  await fetch('https://pager.example.com/incidents', { method: 'POST', body: JSON.stringify({ owner, ticketId: job.data.ticketId }), signal: AbortSignal.timeout(10_000) }); // expect: unkeyed-retry
}
