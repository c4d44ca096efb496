// A hand-written OpenAI loop that keeps its tools in an array of `{ name, description, parameters, execute }`
// and runs `tools.find((t) => t.name === toolCall.function.name)` → `tool.execute(args)`: each entry's
// `execute` is a tool handler. create_invoice POSTs inside its function (finding there); add_invoice_note's
// inline execute calls a helper that POSTs (finding at that call); void_invoice keys its POST with a business
// key and get_invoice only reads (clean). The billing CLI further down looks its commands up the same way,
// by `command.name`, but no model call feeds it: its POST stays clean.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 60_000 });
const BILLING = 'https://billing.internal.example.com/v2';

interface InvoiceTool {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
  execute(args: any): Promise<unknown>;
}

async function createInvoice(args: { customerId: string; lines: Array<{ sku: string; qty: number }> }) {
  const res = await fetch(`${BILLING}/invoices`, { // expect: non-idempotent-tool
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(args),
    signal: AbortSignal.timeout(10_000),
  });
  return res.json();
}

async function postInvoiceNote(invoiceId: string, text: string) {
  const res = await fetch(`${BILLING}/invoices/${invoiceId}/notes`, {
    method: 'POST',
    body: JSON.stringify({ text }),
    signal: AbortSignal.timeout(10_000),
  });
  return res.ok;
}

async function voidInvoice({ invoiceId }: { invoiceId: string }) {
  const res = await fetch(`${BILLING}/invoices/${invoiceId}/void`, {
    method: 'POST',
    headers: { 'Idempotency-Key': `void-${invoiceId}` },
    signal: AbortSignal.timeout(10_000),
  });
  return res.status;
}

const invoiceTools: InvoiceTool[] = [
  {
    name: 'get_invoice',
    description: 'Look up an invoice',
    parameters: { type: 'object', properties: { invoiceId: { type: 'string' } } },
    async execute({ invoiceId }: { invoiceId: string }) {
      const res = await fetch(`${BILLING}/invoices/${invoiceId}`, { signal: AbortSignal.timeout(5_000) });
      return res.json();
    },
  },
  {
    name: 'create_invoice',
    description: 'Create a draft invoice for a customer',
    parameters: { type: 'object', properties: { customerId: { type: 'string' }, lines: { type: 'array' } } },
    execute: createInvoice,
  },
  {
    name: 'add_invoice_note',
    description: 'Add a note to an invoice',
    parameters: { type: 'object', properties: { invoiceId: { type: 'string' }, text: { type: 'string' } } },
    execute: async ({ invoiceId, text }: { invoiceId: string; text: string }) => postInvoiceNote(invoiceId, text), // expect: non-idempotent-tool
  },
  {
    name: 'void_invoice',
    description: 'Void an unpaid invoice',
    parameters: { type: 'object', properties: { invoiceId: { type: 'string' } } },
    execute: voidInvoice,
  },
];

export async function billingAssistant(question: string): Promise<string | null> {
  const messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [{ role: 'user', content: question }];
  const tools = invoiceTools.map((t) => ({ type: 'function' as const, function: { name: t.name, description: t.description, parameters: t.parameters } }));
  for (let turn = 0; turn < 8; turn++) {
    const completion = await openai.chat.completions.create({ model: 'gpt-4.1-mini', messages, tools });
    const message = completion.choices[0]!.message;
    messages.push(message);
    if (!message.tool_calls?.length) return message.content;
    for (const toolCall of message.tool_calls) {
      if (toolCall.type !== 'function') continue;
      const tool = invoiceTools.find((t) => t.name === toolCall.function.name);
      const result = tool ? await tool.execute(JSON.parse(toolCall.function.arguments)) : { error: 'unknown tool' };
      messages.push({ role: 'tool', tool_call_id: toolCall.id, content: JSON.stringify(result) });
    }
  }
  return null;
}

// `billing resend-receipts --customer cus_123`: an operator's command line, not a model.
interface BillingCommand {
  name: string;
  execute(flags: Record<string, string>): Promise<void>;
}

const billingCommands: BillingCommand[] = [
  {
    name: 'resend-receipts',
    async execute(flags) {
      await fetch(`${BILLING}/customers/${flags.customer}/receipts/resend`, { method: 'POST', signal: AbortSignal.timeout(30_000) });
    },
  },
];

export async function runBillingCommand(argv: string[]) {
  const command = { name: argv[0] ?? 'help', flags: Object.fromEntries(argv.slice(1).map((a) => a.split('='))) };
  const found = billingCommands.find((c) => c.name === command.name);
  if (!found) throw new Error(`unknown command ${command.name}`);
  await found.execute(command.flags);
}
