// A subclass in another file inherits the retrying client: its refund POST is retried too.
import { ShopService } from './shop-service.js';

export class RefundService extends ShopService {
  async refund(orderId: string, amount: number) {
    const { data } = await this.http.post(`/orders/${orderId}/refunds`, { amount });
    return data;
  }
}
