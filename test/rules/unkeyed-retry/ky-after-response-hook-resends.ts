// ky clients whose afterResponse hook sends the request again on a 503 (`ky(request)`) or forces a retry
// (`ky.retry()`, which ky does not limit to idempotent methods): every POST through them is retried with no key, so the
// re-send is reported, once per hook (test/corpus/README.md question 50). A hook on a client that only reads re-sends
// nothing that writes: clean.
// A hook that re-sends only after refreshing a token on a 401 (the server refused the request) retries nothing.
import ky from 'ky';

const orders = ky.create({
  prefixUrl: 'https://shop.example.com/api',
  timeout: 10_000,
  hooks: {
    afterResponse: [
      async (request, _options, response) => {
        if (response.status === 503) return ky(request); // expect: unkeyed-retry
        return response;
      },
    ],
  },
});

const invoices = ky.create({
  prefixUrl: 'https://billing.example.com/api',
  timeout: 10_000,
  hooks: { afterResponse: [(_request, _options, response) => (response.status >= 500 ? ky.retry() : undefined)] }, // expect: unkeyed-retry
});

const profiles = ky.create({
  prefixUrl: 'https://accounts.example.com/api',
  timeout: 10_000,
  hooks: {
    afterResponse: [
      async (request, _options, response) => {
        if (response.status === 401) {
          request.headers.set('authorization', `Bearer ${await ky.post('https://accounts.example.com/token').text()}`);
          return ky(request);
        }
        return response;
      },
    ],
  },
});

export async function placeOrder(sku: string) {
  return orders.post('orders', { json: { sku } }).json();
}

export async function listOrders() {
  return orders.get('orders').json();
}

export async function createInvoice(customer: string) {
  return invoices.post('invoices', { json: { customer } }).json();
}

export async function createProfile(name: string) {
  return profiles.post('profiles', { json: { name } }).json();
}

const catalog = ky.create({
  prefixUrl: 'https://catalog.example.com/api',
  timeout: 10_000,
  hooks: { afterResponse: [(request, _options, response) => (response.status >= 500 ? ky(request) : response)] },
});

export async function listProducts() {
  return catalog.get('products').json();
}
