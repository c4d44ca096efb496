// Low-level MCP Server: the CallToolRequestSchema handler is the tool handler. Publishing an export
// job to Kafka is a queue send, so a repeated call starts a second export. The status lookup in the
// other branch is a SELECT and stays clean.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { Kafka } from 'kafkajs';
import pg from 'pg';
import { z } from 'zod';

const kafka = new Kafka({ clientId: 'reports-mcp', brokers: (process.env.KAFKA_BROKERS ?? 'localhost:9092').split(',') });
const producer = kafka.producer();
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

const ExportArgs = z.object({ reportId: z.string(), format: z.enum(['csv', 'xlsx']) });
const StatusArgs = z.object({ jobId: z.string() });

const server = new Server({ name: 'reports', version: '2.0.0' }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: 'export_report', description: 'Export a report', inputSchema: { type: 'object' as const } },
    { name: 'export_status', description: 'Status of an export job', inputSchema: { type: 'object' as const } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  switch (request.params.name) {
    case 'export_report': {
      const { reportId, format } = ExportArgs.parse(request.params.arguments);
      await producer.send({ // expect: non-idempotent-tool
        topic: 'report-exports',
        messages: [{ value: JSON.stringify({ reportId, format, requestedAt: new Date().toISOString() }) }],
      });
      return { content: [{ type: 'text', text: `export of ${reportId} queued` }] };
    }
    case 'export_status': {
      const { jobId } = StatusArgs.parse(request.params.arguments);
      const { rows } = await pool.query('SELECT status, url FROM export_jobs WHERE id = $1', [jobId]);
      return { content: [{ type: 'text', text: JSON.stringify(rows[0] ?? { status: 'unknown' }) }] };
    }
    default:
      throw new Error(`unknown tool ${request.params.name}`);
  }
});

await producer.connect();
export { server };
