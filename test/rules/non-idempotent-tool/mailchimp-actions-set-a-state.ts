// Mailchimp Marketing API action endpoints on a record's id that set its state: a classic automation's emails started
// or paused, a campaign's delivery time set or taken off, a landing page published or unpublished — a repeat finds the
// record in that state (low confidence at most, RULES.md; test/corpus/README.md questions 5 and 6). Taking a subscriber
// out of a workflow removes the given e-mail once. A campaign sent by its id leaves the status it can be sent from, and
// the service refuses a second send (question 90). A test send mails the test addresses again on every call, a
// replicate copies the campaign under a new id, and a new campaign is a new record: findings.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const server = new McpServer({ name: 'newsletter', version: '1.0.0' });

async function mc(endpoint: string, method: 'GET' | 'POST' = 'GET', body?: unknown) {
  const dc = (process.env.MC_KEY ?? '').split('-').pop();
  const res = await fetch(`https://${dc}.api.mailchimp.com/3.0${endpoint}`, {
    method,
    headers: { Authorization: `Bearer ${process.env.MC_KEY}` },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(20_000),
  });
  return res.status === 204 ? {} : res.json();
}

server.tool('resume_workflow', { workflow: z.string() }, async ({ workflow }) => {
  await mc(`/automations/${workflow}/actions/start-all-emails`, 'POST'); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'started' }] };
});

server.tool('resume_workflow_email', { workflow: z.string(), email: z.string() }, async ({ workflow, email }) => {
  await mc(`/automations/${workflow}/emails/${email}/actions/start`, 'POST'); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'started' }] };
});

server.tool('drop_from_workflow', { workflow: z.string(), address: z.string() }, async ({ workflow, address }) => {
  await mc(`/automations/${workflow}/removed-subscribers`, 'POST', { email_address: address }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'removed' }] };
});

server.tool('plan_delivery', { campaign: z.string(), at: z.string() }, async ({ campaign, at }) => {
  await mc(`/campaigns/${campaign}/actions/schedule`, 'POST', { schedule_time: at }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'scheduled' }] };
});

server.tool('hold_delivery', { campaign: z.string() }, async ({ campaign }) => {
  await mc(`/campaigns/${campaign}/actions/unschedule`, 'POST'); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'back to draft' }] };
});

server.tool('go_live', { page: z.string() }, async ({ page }) => {
  await mc(`/landing-pages/${page}/actions/publish`, 'POST'); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'published' }] };
});

server.tool('take_down', { page: z.string() }, async ({ page }) => {
  await mc(`/landing-pages/${page}/actions/unpublish`, 'POST'); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'unpublished' }] };
});

server.tool('send_now', { campaign: z.string() }, async ({ campaign }) => {
  await mc(`/campaigns/${campaign}/actions/send`, 'POST'); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: 'sent' }] };
});

server.tool('send_proof', { campaign: z.string(), to: z.array(z.string()) }, async ({ campaign, to }) => {
  await mc(`/campaigns/${campaign}/actions/test`, 'POST', { test_emails: to, send_type: 'html' }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'proof sent' }] };
});

server.tool('copy_campaign', { campaign: z.string() }, async ({ campaign }) => {
  const copy = await mc(`/campaigns/${campaign}/actions/replicate`, 'POST'); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(copy) }] };
});

server.tool('new_campaign', { list: z.string(), subject: z.string() }, async ({ list, subject }) => {
  const created = await mc('/campaigns', 'POST', { type: 'regular', recipients: { list_id: list }, settings: { subject_line: subject } }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(created) }] };
});
