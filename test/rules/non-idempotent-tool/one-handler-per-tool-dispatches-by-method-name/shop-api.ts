// One entry point for every operation: `run` picks the operation by the method name it is given at run
// time, so a call to it can reach every operation's write.
import { cancelOrder, createOrder, listOrders, sendReceipt } from './operations.js';

export class ShopApi {
  constructor(private readonly token: string) {}

  async run(method: string, args: any): Promise<string> {
    try {
      return JSON.stringify(await this.execute(method, args));
    } catch (error) {
      return JSON.stringify({ error: String(error) });
    }
  }

  private async execute(method: string, args: any) {
    switch (method) {
      case 'create_order':
        return createOrder(this.token, args);
      case 'send_receipt':
        return sendReceipt(this.token, args);
      case 'list_orders':
        return listOrders(this.token);
      case 'cancel_order':
        return cancelOrder(this.token, args);
      default:
        throw new Error(`unknown method ${method}`);
    }
  }
}
