// The base class of an MCP server's tools: `register` hands `this.invoke.bind(this)` to `server.tool`, so
// each subclass's `invoke` is what a model runs (findings in ticket-tools.ts). Nothing here writes.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { z } from 'zod';

export const HELPDESK = 'https://helpdesk.example.com/api/v2';

export type ToolAnnotations = { readOnlyHint?: boolean; idempotentHint?: boolean };

export abstract class BaseTool {
  abstract readonly name: string;
  abstract readonly description: string;
  abstract readonly schema: z.ZodRawShape;
  readonly annotations: ToolAnnotations = {};

  abstract invoke(input: Record<string, any>): Promise<{ content: Array<{ type: 'text'; text: string }> }>;

  register(server: McpServer) {
    server.tool(this.name, this.description, this.schema, this.annotations, this.invoke.bind(this));
  }

  protected async postJson(path: string, body: unknown) {
    const res = await fetch(`${HELPDESK}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    return res.json();
  }

  protected reply(text: string) {
    return { content: [{ type: 'text' as const, text }] };
  }
}
