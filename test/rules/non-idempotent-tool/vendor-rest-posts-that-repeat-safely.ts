// POSTs of one vendor's REST API whose repeat makes nothing new, each checked in the vendor's reference
// (rules/knowledge/repeat-safe-posts.ts): a Trello list's cards archived or moved all at once (a set: a repeat finds
// none left, low); AWS Lambda's tags set on a resource (low), an alias or a permission statement under a name the
// function keeps once and a second event-source mapping of the same source and function (refused with 409
// ResourceConflictException), a version published from unchanged code (Lambda publishes none); Close's bulk edit and
// bulk delete of the leads a query matches (low); a QuickBooks entity deleted or voided by `?operation=` (low); a
// Shippo live-rates request, which answers rates and stores nothing, and a Shippo batch bought once (its status
// leaves VALID, low); a SendGrid batch id minted for later sends. Near-misses that stay findings: a Trello card
// created, a Lambda function invoked, a Close bulk e-mail sent, a QuickBooks entity created, a Shippo label bought.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

class RestClient {
  constructor(private readonly baseUrl: string, private readonly token: string) {}

  async call<T>(path: string, init: RequestInit = {}): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' },
      signal: AbortSignal.timeout(20_000),
    });
    return (await res.json()) as T;
  }

  send<T>(path: string, body?: unknown): Promise<T> {
    return this.call<T>(path, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) });
  }
}

const boards = new RestClient('https://api.trello.com/1', process.env.TRELLO_TOKEN ?? '');
const lambda = new RestClient(`https://lambda.${process.env.AWS_REGION}.amazonaws.com`, process.env.AWS_TOKEN ?? '');
const crm = new RestClient('https://api.close.com/api/v1', process.env.CLOSE_KEY ?? '');
const books = new RestClient(`https://quickbooks.api.intuit.com/v3/company/${process.env.QBO_REALM}`, process.env.QBO_TOKEN ?? '');
const shipping = new RestClient('https://api.goshippo.com', process.env.SHIPPO_TOKEN ?? '');
const mail = new RestClient('https://api.sendgrid.com', process.env.SENDGRID_KEY ?? '');

const server = new McpServer({ name: 'ops', version: '1.0.0' });

server.tool('clear_list', { listId: z.string() }, async ({ listId }) => {
  await boards.send(`/lists/${listId}/archiveAllCards`); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'archived' }] };
});

server.tool('shift_list', { listId: z.string(), boardId: z.string(), targetId: z.string() }, async ({ listId, boardId, targetId }) => {
  await boards.send(`/lists/${listId}/moveAllCards?idBoard=${boardId}&idList=${targetId}`); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'moved' }] };
});

server.tool('new_card', { listId: z.string(), name: z.string() }, async ({ listId, name }) => {
  const card = await boards.send(`/cards?idList=${listId}&name=${encodeURIComponent(name)}`); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(card) }] };
});

server.tool('tag_function', { arn: z.string(), tags: z.record(z.string()) }, async ({ arn, tags }) => {
  await lambda.send(`/2017-03-31/tags/${encodeURIComponent(arn)}`, { Tags: tags }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'tagged' }] };
});

server.tool('name_version', { fn: z.string(), alias: z.string(), version: z.string() }, async ({ fn, alias, version }) => {
  const made = await lambda.send(`/2015-03-31/functions/${fn}/aliases`, { Name: alias, FunctionVersion: version });
  return { content: [{ type: 'text', text: JSON.stringify(made) }] };
});

server.tool('allow_caller', { fn: z.string(), sid: z.string(), principal: z.string() }, async ({ fn, sid, principal }) => {
  await lambda.send(`/2015-03-31/functions/${fn}/policy`, { StatementId: sid, Action: 'lambda:InvokeFunction', Principal: principal });
  return { content: [{ type: 'text', text: 'allowed' }] };
});

server.tool('connect_queue', { fn: z.string(), queueArn: z.string() }, async ({ fn, queueArn }) => {
  const mapping = await lambda.send('/2015-03-31/event-source-mappings/', { FunctionName: fn, EventSourceArn: queueArn });
  return { content: [{ type: 'text', text: JSON.stringify(mapping) }] };
});

server.tool('snapshot_function', { fn: z.string() }, async ({ fn }) => {
  const version = await lambda.send(`/2015-03-31/functions/${fn}/versions`, {});
  return { content: [{ type: 'text', text: JSON.stringify(version) }] };
});

server.tool('run_function', { fn: z.string(), payload: z.string() }, async ({ fn, payload }) => {
  const out = await lambda.send(`/2015-03-31/functions/${fn}/invocations`, JSON.parse(payload)); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(out) }] };
});

server.tool('relabel_leads', { query: z.string(), statusId: z.string() }, async ({ query, statusId }) => {
  await crm.send('/bulk_action/edit/', { query, type: 'set_lead_status', lead_status_id: statusId }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'queued' }] };
});

server.tool('purge_leads', { query: z.string() }, async ({ query }) => {
  await crm.send('/bulk_action/delete/', { query }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'queued' }] };
});

server.tool('mail_leads', { query: z.string(), templateId: z.string() }, async ({ query, templateId }) => {
  await crm.send('/bulk_action/email/', { query, template_id: templateId }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'queued' }] };
});

server.tool('remove_bill', { id: z.string(), syncToken: z.string() }, async ({ id, syncToken }) => {
  await books.send('/bill?operation=delete', { Id: id, SyncToken: syncToken }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'deleted' }] };
});

server.tool('void_invoice', { id: z.string(), syncToken: z.string() }, async ({ id, syncToken }) => {
  await books.send('/invoice?operation=void', { Id: id, SyncToken: syncToken }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'voided' }] };
});

server.tool('new_bill', { vendorId: z.string(), amount: z.number() }, async ({ vendorId, amount }) => {
  const bill = await books.send('/bill', { VendorRef: { value: vendorId }, Line: [{ Amount: amount }] }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(bill) }] };
});

server.tool('quote_cart', { to: z.string(), items: z.array(z.string()) }, async ({ to, items }) => {
  const rates = await shipping.send('/live-rates', { address_to: to, line_items: items });
  return { content: [{ type: 'text', text: JSON.stringify(rates) }] };
});

server.tool('buy_batch', { batchId: z.string() }, async ({ batchId }) => {
  await shipping.send(`/batches/${batchId}/purchase`); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'purchasing' }] };
});

server.tool('buy_label', { rateId: z.string() }, async ({ rateId }) => {
  const label = await shipping.send('/transactions', { rate: rateId }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(label) }] };
});

server.tool('reserve_batch_id', {}, async () => {
  const batch = await mail.send('/v3/mail/batch');
  return { content: [{ type: 'text', text: JSON.stringify(batch) }] };
});

// A signing client that writes its URL twice, with and without a query string: the path is read in both.
class SignedClient {
  async request<T>(method: string, path: string, options: { body?: string; query?: Record<string, string> } = {}): Promise<T> {
    const endpoint = `https://lambda.${process.env.AWS_REGION}.amazonaws.com`;
    const target = options.query ? `${endpoint}${path}?${new URLSearchParams(options.query)}` : `${endpoint}${path}`;
    const url = new URL(target);
    const res = await fetch(url.toString(), { method, body: options.body, signal: AbortSignal.timeout(20_000) });
    return (await res.json()) as T;
  }

  createAlias(fn: string, name: string, version: string) {
    return this.request('POST', `/2015-03-31/functions/${encodeURIComponent(fn)}/aliases`, { body: JSON.stringify({ Name: name, FunctionVersion: version }) });
  }

  invoke(fn: string, payload: string) {
    return this.request('POST', `/2015-03-31/functions/${encodeURIComponent(fn)}/invocations`, { body: payload, query: { Qualifier: '$LATEST' } });
  }
}

const signed = new SignedClient();

server.tool('alias_version', { fn: z.string(), alias: z.string(), version: z.string() }, async ({ fn, alias, version }) => {
  await signed.createAlias(fn, alias, version);
  return { content: [{ type: 'text', text: 'aliased' }] };
});

server.tool('invoke_latest', { fn: z.string(), payload: z.string() }, async ({ fn, payload }) => {
  const out = await signed.invoke(fn, payload); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(out) }] };
});
