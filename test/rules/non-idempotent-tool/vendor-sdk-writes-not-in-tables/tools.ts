// Writes of vendor SDKs no knowledge table names (none installed here, resolved by import specifier):
// a method of a third-party client whose name says it adds, creates, sends, refunds or triggers is a
// write at medium confidence, found in a tool handler or in a helper it calls, and through a project
// class extending the vendor's client. Clean: reads (`get*`, `list*`, `search*`), in-process builders
// (`createReadStream`-like names, `addEventListener`), libraries that are not clients of another system
// (an express route registration, a logger transport, a date, a gitignore matcher's `add`), an OpenAI-compatible completion, a
// session released in `finally` before the tool returns, and a write that visibly passes an idempotency key.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { TodoistApi } from '@doist/todoist-api-typescript';
import { LinearClient } from '@linear/sdk';
import { Knock } from '@knocklabs/node';
import { Client as NotionClient } from '@notionhq/client';
import { Wallet } from 'ethers';
import Groq from 'groq-sdk';
import Steel from 'steel-sdk';
import { Sandbox } from '@e2b/code-interpreter';
import express from 'express';
import winston from 'winston';
import { addDays } from 'date-fns';
import ignore from 'ignore';
import { z } from 'zod';
import { refundPayment } from './payments.js';
import { xero } from './xero-client.js';

const server = new McpServer({ name: 'vendor-tools', version: '1.0.0' });
const todoist = new TodoistApi(process.env.TODOIST_TOKEN!);
const linear = new LinearClient({ apiKey: process.env.LINEAR_API_KEY });
const knock = new Knock({ apiKey: process.env.KNOCK_API_KEY });
const notion = new NotionClient({ auth: process.env.NOTION_TOKEN });
const wallet = new Wallet(process.env.PRIVATE_KEY!);
const groq = new Groq();
const steel = new Steel({ steelAPIKey: process.env.STEEL_API_KEY });
const app = express();
const logger = winston.createLogger({ level: 'info' });

server.tool('todoist_add_task', { content: z.string() }, async ({ content }) => {
  const task = await todoist.addTask({ content }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: task.id }] };
});

// A word saying how before the verb (`quickAddTask`: a new task parsed from one line) is still an add.
server.tool('todoist_quick_add', { text: z.string() }, async ({ text }) => {
  const task = await todoist.quickAddTask({ text }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: task.id }] };
});

// Closing a task that may recur moves it to its next occurrence: a repeat skips one more (question 134).
server.tool('todoist_close_task', { taskId: z.string() }, async ({ taskId }) => {
  await todoist.closeTask(taskId); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'closed' }] };
});

// Reopening sets the task's state back; a quick filter query only reads.
server.tool('todoist_reopen_task', { taskId: z.string() }, async ({ taskId }) => {
  await todoist.reopenTask(taskId);
  const open = await todoist.quickFilterTasks({ query: 'today' });
  return { content: [{ type: 'text', text: JSON.stringify(open) }] };
});

server.tool('todoist_get_tasks', { filter: z.string() }, async ({ filter }) => {
  const tasks = await todoist.getTasks({ filter });
  return { content: [{ type: 'text', text: JSON.stringify(tasks) }] };
});

server.tool('linear_create_issue', { teamId: z.string(), title: z.string() }, async ({ teamId, title }) => {
  const issue = await linear.createIssue({ teamId, title }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(issue) }] };
});

server.tool('linear_search_issues', { query: z.string() }, async ({ query }) => {
  const issues = await linear.searchIssues(query);
  return { content: [{ type: 'text', text: JSON.stringify(issues.nodes) }] };
});

server.tool('knock_trigger_workflow', { key: z.string(), recipients: z.array(z.string()) }, async ({ key, recipients }) => {
  await knock.workflows.trigger(key, { recipients }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'triggered' }] };
});

server.tool('notion_create_page', { databaseId: z.string(), title: z.string() }, async ({ databaseId, title }) => {
  const page = await notion.pages.create({ parent: { database_id: databaseId }, properties: { title: { title: [{ text: { content: title } }] } } }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: page.id }] };
});

server.tool('notion_retrieve_page', { pageId: z.string() }, async ({ pageId }) => {
  const page = await notion.pages.retrieve({ page_id: pageId });
  return { content: [{ type: 'text', text: JSON.stringify(page) }] };
});

server.tool('send_eth', { to: z.string(), value: z.string() }, async ({ to, value }) => {
  const tx = await wallet.sendTransaction({ to, value }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: tx.hash }] };
});

server.tool('refund', { pspReference: z.string(), amount: z.number() }, async ({ pspReference, amount }) => {
  const result = await refundPayment(pspReference, amount); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(result) }] };
});

server.tool('xero_create_invoice', { contactId: z.string(), total: z.number() }, async ({ contactId, total }) => {
  const response = await xero.accountingApi.createInvoices(xero.tenantId, { invoices: [{ contact: { contactID: contactId }, total }] }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(response.body) }] };
});

server.tool('knock_notify_keyed', { key: z.string(), recipient: z.string(), orderId: z.string() }, async ({ key, recipient, orderId }) => {
  await knock.workflows.trigger(key, { recipients: [recipient] }, { idempotencyKey: `order-${orderId}` });
  return { content: [{ type: 'text', text: 'triggered once per order' }] };
});

server.tool('summarise', { text: z.string() }, async ({ text }) => {
  const completion = await groq.chat.completions.create({ model: 'llama-3.3-70b-versatile', messages: [{ role: 'user', content: text }] });
  return { content: [{ type: 'text', text: completion.choices[0]?.message.content ?? '' }] };
});

server.tool('read_page', { url: z.string() }, async ({ url }) => {
  // A browser session that lives only while the tool runs: released in `finally`, nothing left to duplicate.
  const session = await steel.sessions.create({});
  try {
    return { content: [{ type: 'text', text: `${session.websocketUrl} ${url}` }] };
  } finally {
    await steel.sessions.release(session.id);
  }
});

server.tool('run_code', { code: z.string() }, async ({ code }) => {
  // A vendor class's static create starts a remote sandbox: a repeat starts another.
  const sandbox = await Sandbox.create({ timeoutMs: 60_000 }); // expect: non-idempotent-tool
  // The model's code run in the sandbox may write anything (test/corpus/README.md question 80).
  const run = await sandbox.runCode(code); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: run.text ?? '' }] };
});

server.tool('run_in_session', { sessionId: z.string(), code: z.string() }, async ({ sessionId, code }) => {
  // The session's running sandbox is looked up first and reused: a dedupe of the create (the model's code run in it is
  // still question 80's write).
  const [running] = await Sandbox.list({ query: { metadata: { sessionId }, state: ['running'] }, limit: 1 }).nextItems();
  const sandboxId = running?.sandboxId;
  let sandbox: Sandbox;
  if (sandboxId) {
    sandbox = await Sandbox.connect(sandboxId);
  } else {
    sandbox = await Sandbox.create({ metadata: { sessionId } });
  }
  const run = await sandbox.runCode(code); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: run.text ?? '' }] };
});

server.tool('plan_week', { start: z.string() }, async ({ start }) => {
  app.post('/plans', (_req, res) => res.send('ok'));
  logger.add(new winston.transports.Console());
  const end = addDays(new Date(start), 7);
  const ignored = ignore().add(['node_modules', '.git']);
  ignored.add('dist');
  return { content: [{ type: 'text', text: ignored.ignores('dist/x') ? end.toISOString() : start }] };
});
