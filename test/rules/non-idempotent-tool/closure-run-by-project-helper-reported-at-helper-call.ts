// A handler that wraps its request in a closure and hands it to the project's own helper, which runs it: one maps
// errors to a tool result, one retries through a second helper that calls the closure with `.call`. The write is the
// handler's call to the helper (test/corpus/README.md questions 72 and 84), so that is where it is reported. The near
// misses keep the write where it is written: a closure the language runs (`items.map(async …)` under `Promise.all`)
// is no project helper; a closure the project's retry wrapper re-runs carries its label at the write (question 79);
// and a reminder handed to a helper that only files it away (never calls it) is not run by the helper either.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const server = new McpServer({ name: 'crm', version: '1.0.0' });
const pending: Array<() => Promise<unknown>> = [];

async function withErrorMapping(run: () => Promise<unknown>) {
  try {
    return { content: [{ type: 'text' as const, text: JSON.stringify(await run()) }] };
  } catch (error) {
    return { content: [{ type: 'text' as const, text: String(error) }], isError: true };
  }
}

async function attempt<T>(step: () => Promise<T>): Promise<T> {
  return step.call(undefined);
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  return attempt(work);
}

async function withRetries<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 500));
    }
  }
}

function later(job: () => Promise<unknown>) {
  pending.push(job);
  return { content: [{ type: 'text' as const, text: 'queued' }] };
}

server.tool('create_company', 'Create a company', { name: z.string() }, async ({ name }) => {
  return withErrorMapping(async () => { // expect: non-idempotent-tool
    const response = await fetch('https://crm.example.com/companies', {
      method: 'POST',
      body: JSON.stringify({ name }),
      signal: AbortSignal.timeout(10_000),
    });
    return response.json();
  });
});

server.tool('log_call', 'Log a call', { contactId: z.string() }, async ({ contactId }) => {
  const logged = await guarded(() => // expect: non-idempotent-tool
    fetch(`https://crm.example.com/contacts/${contactId}/calls`, { method: 'POST', signal: AbortSignal.timeout(10_000) }),
  );
  return { content: [{ type: 'text' as const, text: String(logged.status) }] };
});

server.tool('tag_contacts', 'Tag contacts', { ids: z.array(z.string()) }, async ({ ids }) => {
  await Promise.all(
    ids.map(async (id) =>
      fetch(`https://crm.example.com/contacts/${id}/notes`, { method: 'POST', signal: AbortSignal.timeout(10_000) }), // expect: non-idempotent-tool
    ),
  );
  return { content: [{ type: 'text' as const, text: 'done' }] };
});

server.tool('remind_owner', 'Remind the owner', { dealId: z.string() }, async ({ dealId }) => {
  return later(async () =>
    fetch(`https://crm.example.com/deals/${dealId}/reminders`, { method: 'POST', signal: AbortSignal.timeout(10_000) }), // expect: non-idempotent-tool
  );
});

server.tool('open_ticket', 'Open a support ticket', { subject: z.string() }, async ({ subject }) => {
  const ticket = await withRetries(async () => {
    const response = await fetch('https://crm.example.com/tickets', { // expect: non-idempotent-tool
      method: 'POST',
      body: JSON.stringify({ subject }),
      signal: AbortSignal.timeout(10_000),
    });
    return response.json();
  });
  return { content: [{ type: 'text' as const, text: JSON.stringify(ticket) }] };
});
