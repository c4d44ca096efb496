// README questions 59 and 105: an MCP server run as its own process (spawned over stdio by each agent) whose tools
// forward every write over local HTTP to the project's runtime. The runtime's route makes the write — the tool hands it
// over, so the forwarding tools are clean. The tool that posts to a partner's API under the same base-less URL shape
// is not handed to the project: a repeat books a second delivery.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { saveNote } from './tools/save-note.js';
import { startRun } from './tools/start-run.js';
import { bookDelivery } from './tools/book-delivery.js';

const runtimeUrl = process.env.RUNTIME_URL ?? 'http://localhost:4100';
const partnerUrl = process.env.PARTNER_URL!;
const sessionId = process.env.SESSION_ID ?? '';

const server = new McpServer({ name: 'runtime-bridge', version: '1.0.0' });

server.tool('save_note', { text: z.string() }, (params) => saveNote(params, runtimeUrl, sessionId));
server.tool('start_run', { goal: z.string() }, (params) => startRun(params, runtimeUrl, sessionId));
server.tool('book_delivery', { address: z.string() }, (params) => bookDelivery(params, partnerUrl)); // expect: non-idempotent-tool

await server.connect(new StdioServerTransport());
