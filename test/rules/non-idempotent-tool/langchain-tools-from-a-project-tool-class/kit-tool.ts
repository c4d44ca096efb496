// The project's own tool class: it only stores what it is given. It becomes a LangChain tool in kit.ts, whose registered
// function hands the tool to a helper that calls the stored `run`: each `new KitTool({ run })` is a tool's handler.
import { z } from 'zod';
import type BillingClient from './billing-client';

export type KitContext = { accountId: string };

export default class KitTool<S extends z.ZodTypeAny = z.ZodTypeAny> {
  name: string;
  description: string;
  schema: S;
  run: (input: z.infer<S>, context: KitContext, client: BillingClient) => Promise<unknown>;

  constructor(config: { name: string; description: string; schema: S; run: (input: z.infer<S>, context: KitContext, client: BillingClient) => Promise<unknown> }) {
    this.name = config.name;
    this.description = config.description;
    this.schema = config.schema;
    this.run = config.run;
  }
}
