// The deprecated `server.tool(name, description, schema, annotations, cb)` form with
// `idempotentHint: true`: the client may call it again freely, yet every call INSERTs a new row.
// Claimed idempotent but is not: high confidence.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import pg from 'pg';
import { z } from 'zod';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, statement_timeout: 5_000 });
const server = new McpServer({ name: 'crm-notes', version: '0.3.0' });

server.tool(
  'log_call_note',
  'Attach a note about a sales call to a contact',
  { contactId: z.string().uuid(), note: z.string().max(4000) },
  { idempotentHint: true, destructiveHint: false },
  async ({ contactId, note }) => {
    const { rows } = await pool.query( // expect: non-idempotent-tool confidence=high
      'INSERT INTO call_notes (contact_id, body, created_at) VALUES ($1, $2, now()) RETURNING id',
      [contactId, note],
    );
    return { content: [{ type: 'text', text: `note ${rows[0].id} saved` }] };
  },
);

export { server };
