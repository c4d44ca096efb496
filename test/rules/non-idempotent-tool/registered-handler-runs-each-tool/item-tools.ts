// Tools as classes: the toolkit registers each ApiTool with a handler that calls `tool.execute(args)`; the
// base class's execute calls the subclass's executeInternal, which is the tool's own code.
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { timeout: 10_000 });

export interface Executable {
  execute(input?: Record<string, unknown>): Promise<unknown>;
}

export interface ApiTool extends Executable {
  name: string;
  getDescription(): string;
}

export abstract class BaseApiTool implements ApiTool {
  abstract name: string;
  abstract getDescription(): string;

  async execute(input?: Record<string, unknown>): Promise<unknown> {
    return this.executeInternal(input ?? {});
  }

  protected abstract executeInternal(input: Record<string, unknown>): Promise<unknown>;
}

export class CreateItemTool extends BaseApiTool {
  name = 'create_item';
  getDescription() {
    return 'Add an invoice item';
  }
  protected async executeInternal(input: Record<string, unknown>) {
    return stripe.invoiceItems.create({ customer: String(input.customer), amount: Number(input.amount), currency: 'usd' }); // expect: non-idempotent-tool
  }
}

export class GetItemTool extends BaseApiTool {
  name = 'get_item';
  getDescription() {
    return 'Read an invoice item';
  }
  protected async executeInternal(input: Record<string, unknown>) {
    return stripe.invoiceItems.retrieve(String(input.id));
  }
}
