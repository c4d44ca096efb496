// Claude Agent SDK: tool(name, description, inputSchema, handler, extras?) defines an in-process MCP tool that
// createSdkMcpServer({ tools }) serves to the agent `query()` runs; the handler gets the parsed arguments.
import { createSdkMcpServer, tool } from '@anthropic-ai/claude-agent-sdk';
import { z } from 'zod';

const API = 'https://crm.example.com/api';

export const crm = createSdkMcpServer({
  name: 'crm',
  version: '1.0.0',
  tools: [
    tool('create_lead', 'Create a lead', { email: z.string(), company: z.string() }, async (args) => {
      const res = await fetch(`${API}/leads`, { // expect: non-idempotent-tool
        method: 'POST',
        body: JSON.stringify(args),
        signal: AbortSignal.timeout(10_000),
      });
      return { content: [{ type: 'text', text: await res.text() }] };
    }),
    // A read: clean.
    tool('find_lead', 'Find a lead by email', { email: z.string() }, async ({ email }) => {
      const res = await fetch(`${API}/leads?email=${encodeURIComponent(email)}`, { signal: AbortSignal.timeout(10_000) });
      return { content: [{ type: 'text', text: await res.text() }] };
    }),
    // The caller's key, the same on a repeat: clean.
    tool('log_call', 'Log a call', { leadId: z.string(), callId: z.string() }, async ({ leadId, callId }) => {
      await fetch(`${API}/leads/${leadId}/calls`, {
        method: 'POST',
        headers: { 'Idempotency-Key': callId },
        body: JSON.stringify({ leadId }),
        signal: AbortSignal.timeout(10_000),
      });
      return { content: [{ type: 'text', text: 'logged' }] };
    }),
    // Annotated read-only, yet it writes: reported with high confidence.
    tool(
      'touch_lead',
      'Mark a lead as seen',
      { leadId: z.string() },
      async ({ leadId }) => {
        await fetch(`${API}/leads/${leadId}/views`, { method: 'POST', signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool confidence=high
        return { content: [{ type: 'text', text: 'seen' }] };
      },
      { annotations: { readOnlyHint: true } },
    ),
  ],
});

// The SDK loaded on demand: `tool` read off the module object `await import()` gives.
export async function buildNoteTools() {
  const sdk = await import('@anthropic-ai/claude-agent-sdk');
  const defineTool = sdk.tool;
  return [
    defineTool('add_note', 'Add a note to a lead', { leadId: z.string(), text: z.string() }, async ({ leadId, text }) => {
      await fetch(`${API}/leads/${leadId}/notes`, { method: 'POST', body: JSON.stringify({ text }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
      return { content: [{ type: 'text', text: 'noted' }] };
    }),
  ];
}
