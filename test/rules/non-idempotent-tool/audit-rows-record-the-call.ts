// test/corpus/README.md question 45: an audit row (`prisma.audit.create`, `INSERT INTO audits`) records the call in the
// project's own table; it is not the tool's side effect. The shipment the tool books and the ticket row are: a repeat
// makes a second one.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { PrismaClient } from '@prisma/client';
import { Pool } from 'pg';
import { z } from 'zod';

const server = new McpServer({ name: 'dispatch', version: '1.0.0' });
const prisma = new PrismaClient();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function bookCourier(parcelId: string, address: string): Promise<string> {
  const response = await fetch('https://api.courier.example/v1/shipments', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ parcelId, address }),
  });
  const body = (await response.json()) as { id: string };
  return body.id;
}

server.tool('book_shipment', { parcelId: z.string(), address: z.string() }, async ({ parcelId, address }) => {
  const shipmentId = await bookCourier(parcelId, address); // expect: non-idempotent-tool
  await prisma.audit.create({ data: { action: 'book_shipment', parcelId, shipmentId } });
  return { content: [{ type: 'text', text: `booked ${shipmentId}` }] };
});

server.tool('track_parcel', { parcelId: z.string() }, async ({ parcelId }) => {
  const response = await fetch(`https://api.courier.example/v1/parcels/${encodeURIComponent(parcelId)}`);
  const status = (await response.json()) as { state: string };
  await prisma.audit.create({ data: { action: 'track_parcel', parcelId } });
  await pool.query('INSERT INTO parcel_audits (parcel_id, action) VALUES ($1, $2)', [parcelId, 'track']);
  return { content: [{ type: 'text', text: status.state }] };
});

server.tool('open_ticket', { parcelId: z.string(), problem: z.string() }, async ({ parcelId, problem }) => {
  await prisma.audit.create({ data: { action: 'open_ticket', parcelId } });
  const ticket = await prisma.ticket.create({ data: { parcelId, problem } }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: `ticket ${ticket.id}` }] };
});
