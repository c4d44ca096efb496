// Domain tools: one object per operation, registered one by one or behind a selector tool per domain.
import type { z } from 'zod';

export interface DomainTool<T extends z.ZodTypeAny> {
  domain: string;
  operation: string;
  inputSchema: T;
  cb: (input: z.infer<T>, env: { request?: Request }) => Promise<string>;
}
