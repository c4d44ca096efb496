// A facade with one method per tool, each handing the input on to the service that does the work: the method is the
// tool's per-tool function, its label on the delegating call (README question 84).
import { Billing } from './billing.js';

export class Facade {
  private readonly billing = new Billing();

  async sendInvoice(args: unknown) {
    return this.billing.sendInvoice(args as { invoiceId: string }); // expect: non-idempotent-tool
  }

  async findCustomer(args: unknown) {
    return this.billing.findCustomer(args as { email: string });
  }
}
