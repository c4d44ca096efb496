// A reminder poller on a timer: each tick picks the reminders not yet marked sent (`sentAt: null`) and dispatches each.
// The dispatch posts the reminder and only then marks the row: a failure between the two (a lost response, a crash,
// the update failing) leaves the row unmarked, and the next tick posts it again — a persisted queue's re-send,
// reported at the poll's call that leads to the post (corpus README questions 74, 141). Clean: a dispatch that marks
// the row before it posts (a claim), one that posts with a key made from the row's id, and a loop over rows the
// query did not pick by an unset mark.
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const WEBHOOK = process.env.REMINDER_WEBHOOK ?? 'https://hooks.example.com/reminders';

async function postReminder(text: string, headers: Record<string, string> = {}): Promise<void> {
  await fetch(WEBHOOK, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ text }), signal: AbortSignal.timeout(10_000) });
}

async function dispatch(id: string): Promise<void> {
  const reminder = await prisma.reminder.findUnique({ where: { id } });
  if (!reminder) return;
  await postReminder(`Reminder: ${reminder.text}`);
  await prisma.reminder.update({ where: { id }, data: { sentAt: new Date() } });
}

async function dispatchClaimed(id: string): Promise<void> {
  const reminder = await prisma.reminder.update({ where: { id }, data: { sentAt: new Date() } });
  await postReminder(`Reminder: ${reminder.text}`);
}

async function dispatchKeyed(id: string, text: string): Promise<void> {
  await postReminder(`Reminder: ${text}`, { 'Idempotency-Key': `reminder-${id}` });
  await prisma.reminder.update({ where: { id }, data: { sentAt: new Date() } });
}

async function pollReminders(): Promise<void> {
  const due = await prisma.reminder.findMany({ where: { sentAt: null, dueAt: { lte: new Date() } } });
  for (const reminder of due) {
    await dispatch(reminder.id); // expect: unkeyed-retry
  }
}

async function pollClaimed(): Promise<void> {
  const due = await prisma.reminder.findMany({ where: { sentAt: null } });
  for (const reminder of due) await dispatchClaimed(reminder.id);
}

async function pollKeyed(): Promise<void> {
  const due = await prisma.reminder.findMany({ where: { sentAt: null } });
  for (const reminder of due) await dispatchKeyed(reminder.id, reminder.text);
}

async function pollDigest(): Promise<void> {
  const recent = await prisma.reminder.findMany({ where: { dueAt: { gte: new Date(Date.now() - 86_400_000) } } });
  for (const reminder of recent) await dispatch(reminder.id);
}

export function startPollers(): void {
  setInterval(() => {
    pollReminders().catch((error) => console.error('reminder poll failed', error));
    pollClaimed().catch((error) => console.error('claimed poll failed', error));
    pollKeyed().catch((error) => console.error('keyed poll failed', error));
  }, 60_000);
  setInterval(() => void pollDigest(), 3_600_000);
}
