// Wraps a tool's handler: validates the input, then calls the handler with the request's extras and the context.
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import { z } from 'zod';
import type { AppContext } from './context.js';

export type ToolMeta = RequestHandlerExtra<any, any> & { ctx: AppContext };
type Result = { content: Array<{ type: 'text'; text: string }> };

export function toolHandler<S extends z.ZodRawShape>(shape: S, handler: (input: z.output<z.ZodObject<S>>, meta: ToolMeta) => Promise<Result>) {
  return async (input: unknown, extra: ToolMeta) => {
    const parsed = z.object(shape).safeParse(input);
    if (!parsed.success) return { content: [{ type: 'text' as const, text: parsed.error.message }] };
    return handler(parsed.data, extra);
  };
}
