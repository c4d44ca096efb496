// A request helper that takes its options apart in its body (`const { method, idempotencyKey } = options`) and sends
// the key header only when a caller passes one: a caller that passes none sends no key, so its create is a finding;
// a caller that passes a key derived from the tool's input sends the same key on a repeat and stays clean.
import https from 'node:https';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

interface CallOptions {
  method?: 'GET' | 'POST';
  path: string;
  body?: unknown;
  idempotencyKey?: string;
}

class NotesApi {
  async addNote(notebook: string, text: string): Promise<unknown> {
    return this.call({ method: 'POST', path: `/notebooks/${notebook}/notes`, body: { text } });
  }

  async addNoteOnce(notebook: string, text: string, requestId: string): Promise<unknown> {
    return this.call({ method: 'POST', path: `/notebooks/${notebook}/notes`, body: { text }, idempotencyKey: requestId });
  }

  private call(options: CallOptions): Promise<unknown> {
    const { method = 'GET', path, body, idempotencyKey } = options;
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = https.request(
        {
          method,
          hostname: 'notes.example.com',
          path,
          headers: {
            'Content-Type': 'application/json',
            ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
          },
        },
        (res) => {
          res.on('data', () => undefined);
          res.on('end', () => resolve(res.statusCode));
        },
      );
      req.on('error', reject);
      if (payload) req.write(payload);
      req.end();
    });
  }
}

export function registerNoteTools(server: McpServer, api: NotesApi): void {
  server.registerTool('add_note', { description: 'Add a note', inputSchema: { notebook: z.string(), text: z.string() } }, async ({ notebook, text }) => {
    await api.addNote(notebook, text); // expect: non-idempotent-tool
    return { content: [{ type: 'text', text: 'added' }] };
  });

  server.registerTool(
    'add_note_once',
    { description: 'Add a note, once per request id', inputSchema: { notebook: z.string(), text: z.string(), requestId: z.string() } },
    async ({ notebook, text, requestId }) => {
      await api.addNoteOnce(notebook, text, requestId);
      return { content: [{ type: 'text', text: 'added' }] };
    },
  );
}
