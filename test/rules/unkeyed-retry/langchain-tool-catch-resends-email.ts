// A LangChain tool that "retries once" with .catch(() => sameCall()): when the first send
// timed out after Resend accepted it, the customer receives the email twice.
import { tool } from '@langchain/core/tools';
import { Resend } from 'resend';
import { z } from 'zod';

const resend = new Resend(process.env.RESEND_API_KEY);

export const sendQuoteEmail = tool(
  async ({ to, quoteId, total }) => {
    const email = {
      from: 'Quotes <quotes@example.com>',
      to,
      subject: `Your quote ${quoteId}`,
      html: `<p>Your total is <strong>${total}</strong>.</p>`,
    };
    const { data, error } = await resend.emails
      .send(email)
      .catch(() => resend.emails.send(email)); // expect: unkeyed-retry
    if (error) return `Could not send the quote: ${error.message}`;
    return `Sent quote ${quoteId} (message ${data?.id})`;
  },
  {
    name: 'send_quote_email',
    description: 'Email a price quote to the customer',
    schema: z.object({ to: z.string().email(), quoteId: z.string(), total: z.string() }),
  },
);

async function postCrmNote(accountId: string, note: string) {
  const res = await fetch(`https://crm.example.com/api/accounts/${accountId}/notes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ note }),
    signal: AbortSignal.timeout(8_000),
  });
  if (!res.ok) throw new Error(`crm ${res.status}`);
  return res.json();
}

export const logCallNote = tool(
  async ({ accountId, note }) => {
    const saved = await postCrmNote(accountId, note).catch(async (error) => {
      console.warn('first attempt failed, retrying', error);
      return postCrmNote(accountId, note); // expect: unkeyed-retry
    });
    return `Saved note ${saved.id}`;
  },
  {
    name: 'log_call_note',
    description: 'Save a note about a customer call to the CRM',
    schema: z.object({ accountId: z.string(), note: z.string() }),
  },
);
