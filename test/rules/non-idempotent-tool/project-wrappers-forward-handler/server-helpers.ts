// The team's registration helpers around the MCP SDK. None of them registers a tool by itself: each hands
// the function its caller gives it to `registerTool`/`tool`, inside a function of its own (error reporting,
// timing) or through another helper — so the caller's function is what a model runs.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { z } from 'zod';

export interface ToolDef {
  name: string;
  description: string;
  schema: z.ZodRawShape;
  callback: (args: Record<string, unknown>) => Promise<unknown>;
}

/** Registers a tool with error reporting: `def.callback` runs inside the helper's own handler. */
export function registerTool(server: McpServer, def: ToolDef) {
  server.registerTool(def.name, { description: def.description, inputSchema: def.schema }, async (args) => {
    try {
      const result = await def.callback(args);
      return { content: [{ type: 'text' as const, text: JSON.stringify(result) }] };
    } catch (error) {
      return { content: [{ type: 'text' as const, text: String(error) }], isError: true };
    }
  });
}

/** Times a tool: returns a function that calls the one it is given. */
function timed(name: string, callback: (args: any) => Promise<unknown>) {
  const invoke = callback as unknown as (...args: unknown[]) => Promise<unknown>;
  return async (...args: unknown[]) => {
    const started = Date.now();
    const result = await invoke(...args);
    console.error(`${name} took ${Date.now() - started} ms`);
    return { content: [{ type: 'text' as const, text: JSON.stringify(result) }] };
  };
}

function timedTool(server: McpServer, name: string, shape: z.ZodRawShape, callback: (args: any) => Promise<unknown>) {
  server.tool(name, shape, timed(name, callback));
}

export interface RegistrationContext {
  server: McpServer;
  accountId: string;
}

/** Two helpers deep: accountTool → timedTool → server.tool, the account id added on the way. */
export function accountTool(context: RegistrationContext, name: string, shape: z.ZodRawShape, cb: (args: any, accountId: string) => Promise<unknown>) {
  timedTool(context.server, name, shape, (args) => cb(args, context.accountId));
}

/** A class of the project's own whose method registers: the handler runs inside `wrappedHandler`. */
export class ToolServer {
  constructor(private readonly server: McpServer) {}

  register(tool: { name: string; description: string; schema: z.ZodRawShape }, handler: (params: any) => Promise<unknown>): void {
    const wrappedHandler = async (params: Record<string, unknown>) => {
      const result = await handler(params);
      return { content: [{ type: 'text' as const, text: JSON.stringify(result) }] };
    };
    this.server.registerTool(tool.name, { description: tool.description, inputSchema: tool.schema }, wrappedHandler);
  }
}
