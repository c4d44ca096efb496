// The tool shapes of an analytics MCP server: each tool file builds a ToolBase; the server adds titles and
// descriptions and registers every Tool with a handler that calls the tool's own `handler`.
import type { z } from 'zod';

export interface Context {
  baseUrl: string;
  apiKey: string;
}

export type Tool<TSchema extends z.ZodTypeAny = z.ZodTypeAny> = {
  name: string;
  title: string;
  description: string;
  schema: TSchema;
  handler: (context: Context, params: z.infer<TSchema>) => Promise<unknown>;
};

export type ToolBase<TSchema extends z.ZodTypeAny = z.ZodTypeAny> = Omit<Tool<TSchema>, 'title' | 'description'>;
