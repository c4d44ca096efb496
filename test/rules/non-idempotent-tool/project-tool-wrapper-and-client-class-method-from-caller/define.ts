// The project's own tool definition helper: it only fixes the type of what it is given.
import type { z } from 'zod';

export interface ProjectTool<S extends z.ZodTypeAny = z.ZodTypeAny> {
  description: string;
  inputSchema: S;
  handler: (params: z.infer<S>) => Promise<unknown>;
}

export function tool<S extends z.ZodTypeAny>(definition: ProjectTool<S>): ProjectTool {
  return definition as unknown as ProjectTool;
}
