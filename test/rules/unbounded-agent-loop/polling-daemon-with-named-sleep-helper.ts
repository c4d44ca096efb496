// A poller that waits its interval through a project helper named for sleeping (`await interruptibleSleep(ms)`, a timer
// promise a stop call can cut short) and runs the agent only for the ticket the pass fetched: question 18's event daemon,
// clean. Reported twin: the same helper between passes that ask the model every time whatever was fetched.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 30_000 });

interface Ticket { id: string; title: string }
declare function fetchReadyTickets(): Promise<Ticket[]>;
declare function handleTicket(ticket: Ticket, plan: string): Promise<void>;

let wake: (() => void) | null = null;

function interruptibleSleep(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    wake = () => {
      clearTimeout(timer);
      resolve();
    };
  });
}

async function plan(text: string): Promise<string> {
  const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }] });
  return completion.choices[0]?.message.content ?? '';
}

let running = false;

export function stop(): void {
  running = false;
  wake?.();
}

export async function pollTickets(): Promise<void> {
  running = true;
  while (running) {
    const tickets = await fetchReadyTickets();
    if (tickets.length > 0) {
      const ticket = tickets[0]!;
      await handleTicket(ticket, await plan(ticket.title));
    }
    if (!running) break;
    await interruptibleSleep(30_000);
  }
}

export async function reviewForever(): Promise<void> {
  running = true;
  let notes = '';
  while (running) { // expect: unbounded-agent-loop
    notes = await plan(`Review the board again. Earlier notes: ${notes}`);
    if (!running) break;
    await interruptibleSleep(30_000);
  }
}
