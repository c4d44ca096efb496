// A shop API client whose axios instance is built in a getter. Its response interceptor re-sends the
// failed request (`instance.request(config)`) on 429 and 5xx: every write made through it is retried
// with no key, so a 502 from a proxy after the shop created the order creates it again.
import axios, { type AxiosError, type AxiosInstance, type InternalAxiosRequestConfig } from 'axios';

type Attempted = InternalAxiosRequestConfig & { attempt?: number };

function transient(error: AxiosError): boolean {
  const status = error.response?.status ?? 0;
  return status === 429 || status >= 500;
}

export class ShopService {
  protected get http(): AxiosInstance {
    const instance = axios.create({ baseURL: process.env.SHOP_URL, timeout: 20_000 });
    instance.interceptors.response.use(
      (response) => response,
      async (error: AxiosError) => {
        const config = error.config as Attempted | undefined;
        if (!config || !transient(error)) return Promise.reject(error);
        config.attempt = (config.attempt ?? 0) + 1;
        if (config.attempt > 3) return Promise.reject(error);
        await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** config.attempt!));
        return instance.request(config); // expect: unkeyed-retry
      },
    );
    return instance;
  }

  async placeOrder(order: { sku: string; quantity: number }) {
    const { data } = await this.http.post('/orders', order);
    return data;
  }

  async listOrders() {
    const { data } = await this.http.get('/orders');
    return data;
  }

  async setOrderNote(id: string, note: string) {
    const { data } = await this.http.put(`/orders/${id}`, { note });
    return data;
  }
}
