// Incident tools of the on-call agent. Opening an incident through the factory-made retrier and paging through
// the recursive helper re-send a POST with no key: both reported. The same page sent once, and a page sent by a
// helper whose loop retries only its own read of the roster, are clean, and so is a status read re-run by the
// recursive helper.
import { tool } from 'ai';
import { z } from 'zod';
import { once, retryThrice, untilAccepted, withFreshRoster } from './dispatch.js';
import { incidentStatus, openIncident, pageResponder } from './pager.js';

export const openIncidentTool = tool({
  description: 'Open an incident',
  inputSchema: z.object({ title: z.string() }),
  execute: async ({ title }) => retryThrice(() => openIncident(title)), // expect: unkeyed-retry
});

export const pageTool = tool({
  description: 'Page a responder about an incident',
  inputSchema: z.object({ who: z.string(), incidentId: z.string() }),
  execute: async ({ who, incidentId }) => {
    await untilAccepted(() => pageResponder(who, incidentId)); // expect: unkeyed-retry
    return { paged: who };
  },
});

export const pageOnceTool = tool({
  description: 'Page a responder once',
  inputSchema: z.object({ who: z.string(), incidentId: z.string() }),
  execute: async ({ who, incidentId }) => {
    await once(() => pageResponder(who, incidentId));
    return { paged: who };
  },
});

export const pageOnCallTool = tool({
  description: 'Page whoever is on call',
  inputSchema: z.object({ incidentId: z.string() }),
  execute: async ({ incidentId }) =>
    withFreshRoster(async (roster) => {
      if (roster[0]) await pageResponder(roster[0], incidentId);
      return { paged: roster[0] ?? null };
    }),
});

export const statusTool = tool({
  description: 'Read an incident status, waiting out a flaky pager API',
  inputSchema: z.object({ incidentId: z.string() }),
  execute: async ({ incidentId }) => {
    let status = 'unknown';
    await untilAccepted(async () => {
      status = await incidentStatus(incidentId);
    });
    return { status };
  },
});
