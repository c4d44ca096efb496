// SDK built-in retries of vendor clients no table names (README question 10), each checked in its package: Fern-generated
// clients (agentmail 0.5.27, @vapi-ai/server-sdk 2.0.1, webflow-api 3.3.5: core/fetcher/requestWithRetries resends on
// 408/429/5xx, twice by default), the Contentful management client (contentful-sdk-core 10: resends after a connection error or a 5xx up
// to 5 times while `retryOnError` is on, its default), and discord.js creating a channel or a role through its retrying
// REST manager. Clean: retries turned off (`maxRetries: 0`, `retryOnError: false`), an Idempotency-Key passed, a
// Contentful publish (a PUT of a version's state), a create under an id the caller chose (`createWithId`: a PUT), a
// temporary upload, an inbox created under a username the server keeps unique, and reads.
import { AgentMailClient } from 'agentmail';
import { VapiClient } from '@vapi-ai/server-sdk';
import { WebflowClient } from 'webflow-api';
import { createClient } from 'contentful-management';
import type { Guild } from 'discord.js';

const mail = new AgentMailClient({ apiKey: process.env.AGENTMAIL_API_KEY });
const quietMail = new AgentMailClient({ apiKey: process.env.AGENTMAIL_API_KEY, maxRetries: 0 });
const vapi = new VapiClient({ token: process.env.VAPI_TOKEN! });
const webflow = new WebflowClient({ accessToken: process.env.WEBFLOW_TOKEN! });
const quietWebflow = new WebflowClient({ accessToken: process.env.WEBFLOW_TOKEN!, maxRetries: 0 });
const contentful = createClient({ accessToken: process.env.CONTENTFUL_TOKEN! }, { type: 'plain' });
const quietContentful = createClient({ accessToken: process.env.CONTENTFUL_TOKEN!, retryOnError: false }, { type: 'plain' });

export async function emailLead(inboxId: string, messageId: string, text: string, runId: string) {
  await mail.inboxes.messages.send(inboxId, { to: 'lead@example.com', subject: 'Hello', text }); // expect: unkeyed-retry
  await mail.inboxes.messages.reply(inboxId, messageId, { text }); // expect: unkeyed-retry
  await mail.inboxes.messages.forward(inboxId, messageId, { to: 'sales@example.com' }); // expect: unkeyed-retry
  await quietMail.inboxes.messages.send(inboxId, { to: 'lead@example.com', subject: 'Hello', text });
  await mail.inboxes.messages.send(inboxId, { to: 'lead@example.com', subject: 'Hello', text }, { idempotencyKey: `lead-${runId}` });
  await mail.inboxes.create({ username: 'reservations', displayName: 'Reservations' });
  await mail.inboxes.messages.list(inboxId);
}

export async function callCustomer(phoneNumberId: string, customer: string) {
  return vapi.calls.create({ phoneNumberId, customer: { number: customer } }); // expect: unkeyed-retry
}

export async function addBlogPost(collectionId: string, name: string, slug: string) {
  await webflow.collections.items.createItem(collectionId, { fieldData: { name, slug } }); // expect: unkeyed-retry
  await quietWebflow.collections.items.createItem(collectionId, { fieldData: { name, slug } });
  return webflow.collections.items.listItems(collectionId);
}

export async function publishEntry(spaceId: string, environmentId: string, contentTypeId: string, fields: Record<string, unknown>) {
  const entry = await contentful.entry.create({ spaceId, environmentId, contentTypeId }, { fields }); // expect: unkeyed-retry
  await contentful.entry.publish({ spaceId, environmentId, entryId: entry.sys.id }, entry);
  await contentful.entry.createWithId({ spaceId, environmentId, contentTypeId, entryId: `page-${contentTypeId}` }, { fields });
  await contentful.upload.create({ spaceId, environmentId }, { file: 'hello' });
  await quietContentful.entry.create({ spaceId, environmentId, contentTypeId }, { fields });
  return contentful.entry.get({ spaceId, environmentId, entryId: entry.sys.id });
}

export async function setUpGuild(guild: Guild, name: string) {
  await guild.channels.create({ name }); // expect: unkeyed-retry
  await guild.roles.create({ name: `${name}-members` }); // expect: unkeyed-retry
  await guild.channels.fetch();
}
