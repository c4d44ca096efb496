// test/corpus/README.md question 100: a model answers with an action from a closed set (`{ "action": "pay_invoice" }`),
// the code parses the answer and a `switch` runs the action it names with no person confirming — RULES.md's raw dispatch
// on a name the model chose, each case a tool's handler. The object is the answer of a project function that asks the
// model and returns `JSON.parse` of its text, handed to the switch's function by its caller, or parsed in place from
// what a model call returned. Near misses: the same switch over an action a rule picks (no model asked), and over a
// parsed command line, stay clean.
import OpenAI from 'openai';

const BILLING = 'https://billing.example.com/api';
const openai = new OpenAI({ timeout: 30_000 });

interface Decision {
  action: 'pay_invoice' | 'remind_customer' | 'check_balance' | 'hold';
  invoiceId?: string;
}

async function decideNext(summary: string): Promise<Decision> {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `Pick one action (pay_invoice, remind_customer, check_balance, hold) as JSON for: ${summary}` }],
  });
  return JSON.parse(completion.choices[0]?.message.content ?? '{}') as Decision;
}

async function act(decision: Decision): Promise<string> {
  switch (decision.action) {
    case 'pay_invoice': {
      const res = await fetch(`${BILLING}/invoices/${decision.invoiceId}/payments`, { method: 'POST', signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
      return String(res.status);
    }
    case 'remind_customer':
      return sendReminder(decision.invoiceId ?? ''); // expect: non-idempotent-tool
    case 'check_balance': {
      const res = await fetch(`${BILLING}/balance`, { signal: AbortSignal.timeout(10_000) });
      return res.text();
    }
    default:
      return 'held';
  }
}

async function sendReminder(invoiceId: string): Promise<string> {
  const res = await fetch(`${BILLING}/invoices/${invoiceId}/reminders`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  return String(res.status);
}

export async function tick(summary: string): Promise<string> {
  const decision = await decideNext(summary);
  return act(decision);
}

// Parsed in place from what a model call returned: `raw` holds the model's answer.
function parseStep(text: string): { action: string; target: string } {
  return JSON.parse(text.slice(text.indexOf('{'))) as { action: string; target: string };
}

async function askForStep(goal: string): Promise<string> {
  const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: goal }] });
  return completion.choices[0]?.message.content ?? '';
}

export async function stepOnce(goal: string): Promise<void> {
  const raw = await askForStep(goal);
  const step = parseStep(raw);
  switch (step.action) {
    case 'open_ticket':
      await fetch(`${BILLING}/tickets`, { method: 'POST', body: step.target, signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
      break;
    case 'read_ticket':
      await fetch(`${BILLING}/tickets/${step.target}`, { signal: AbortSignal.timeout(10_000) });
      break;
  }
}

// Near miss: a rule picks the action; no model is asked.
function ruleDecision(balance: number): Decision {
  return balance < 10 ? { action: 'hold' } : { action: 'pay_invoice', invoiceId: 'next' };
}

export async function ruleTick(balance: number): Promise<void> {
  const decision = ruleDecision(balance);
  switch (decision.action) {
    case 'pay_invoice':
      await fetch(`${BILLING}/invoices/${decision.invoiceId}/payments`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
      break;
    case 'hold':
      break;
  }
}

// Near miss: a command line parsed from JSON the person wrote.
export async function runCommand(argv: string): Promise<void> {
  const command = JSON.parse(argv) as { action: string; id: string };
  switch (command.action) {
    case 'pay':
      await fetch(`${BILLING}/invoices/${command.id}/payments`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
      break;
    case 'show':
      await fetch(`${BILLING}/invoices/${command.id}`, { signal: AbortSignal.timeout(10_000) });
      break;
  }
}
