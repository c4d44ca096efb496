// Near miss of polling-daemon-with-named-sleep-helper.ts: a helper whose name ends in Delay but works the delay out
// (`await getRetryDelay()` reads a number from settings) does not wait, so the loop below asks the model pass after
// pass with no interval between: reported. The twin that then sleeps for that delay (`await sleep(ms)`) is a poller
// waiting its interval and runs the agent only for the ticket it fetched: clean.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 30_000 });

interface Ticket { id: string; title: string }
declare function fetchReadyTickets(): Promise<Ticket[]>;
declare function handleTicket(ticket: Ticket, plan: string): Promise<void>;
declare function readSetting(name: string): Promise<string | undefined>;

let retryDelayMs = 30_000;

async function getRetryDelay(): Promise<number> {
  retryDelayMs = Number((await readSetting('poll_delay_ms')) ?? retryDelayMs);
  return retryDelayMs;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function plan(text: string): Promise<string> {
  const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }] });
  return completion.choices[0]?.message.content ?? '';
}

let running = true;

export function stop(): void {
  running = false;
}

export async function pollWithoutWaiting(): Promise<void> {
  while (running) { // expect: unbounded-agent-loop
    const tickets = await fetchReadyTickets();
    if (tickets.length > 0) {
      const ticket = tickets[0]!;
      await handleTicket(ticket, await plan(ticket.title));
    }
    await getRetryDelay();
  }
}

export async function pollAndSleep(): Promise<void> {
  while (running) {
    const tickets = await fetchReadyTickets();
    if (tickets.length > 0) {
      const ticket = tickets[0]!;
      await handleTicket(ticket, await plan(ticket.title));
    }
    await getRetryDelay();
    await sleep(retryDelayMs);
  }
}
