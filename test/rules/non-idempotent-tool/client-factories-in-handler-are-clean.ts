// A multi-tenant read tool that builds its clients per call: axios.create, ky.create, got.extend,
// new Stripe, createHash and Object.create are factories named like writes, and the tool only GETs.
// No finding.
import { createHash } from 'node:crypto';
import axios from 'axios';
import ky from 'ky';
import got from 'got';
import Stripe from 'stripe';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

const server = new McpServer({ name: 'tenant-insights', version: '1.2.0' });

server.registerTool(
  'tenant_overview',
  {
    description: 'Overview of a tenant: open tickets, status page and billing state',
    inputSchema: { tenantId: z.string(), stripeAccount: z.string() },
    annotations: { readOnlyHint: true },
  },
  async ({ tenantId, stripeAccount }) => {
    const helpdesk = axios.create({ baseURL: `https://${tenantId}.helpdesk.example.com/api`, timeout: 5_000 });
    const status = ky.create({ prefixUrl: `https://status.example.com/${tenantId}` });
    const metrics = got.extend({ prefixUrl: `https://metrics.example.com/${tenantId}`, timeout: { request: 5_000 } });
    const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { stripeAccount });

    const { data: tickets } = await helpdesk.get('/tickets', { params: { status: 'open' } });
    const page = await status.get('summary.json').json();
    const usage = await metrics.get('usage/last-7d').json();
    const balance = await stripe.balance.retrieve();

    const summary = Object.create(null) as Record<string, unknown>;
    summary.tickets = tickets;
    summary.status = page;
    summary.usage = usage;
    summary.available = balance.available;
    summary.etag = createHash('sha1').update(JSON.stringify(summary)).digest('hex');
    return { content: [{ type: 'text', text: JSON.stringify(summary) }] };
  },
);

export { server };
