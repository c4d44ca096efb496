// A module-level client whose interceptor re-sends the original request through the instance itself
// (`api(original)`) on a 503: the POST through it is retried. The billing client beside it re-sends only
// after refreshing an expired token (401: the server refused the request, so nothing was done twice), and
// the audit client's interceptor only logs: writes through those two are not retried.
import axios from 'axios';

export const api = axios.create({ baseURL: 'https://crm.example.com', timeout: 10_000 });
api.interceptors.response.use(undefined, async (error) => {
  const original = error.config;
  if (error.response?.status === 503 && !original._retried) {
    original._retried = true;
    return api(original); // expect: unkeyed-retry
  }
  throw error;
});

export async function createContact(email: string) {
  return api.post('/contacts', { email });
}

const billing = axios.create({ baseURL: 'https://billing.example.com', timeout: 10_000 });
billing.interceptors.response.use(
  (response) => response,
  async (error) => {
    const original = error.config;
    if (error.response?.status === 401 && !original._refreshed) {
      original._refreshed = true;
      original.headers.authorization = `Bearer ${await refreshToken()}`;
      return billing(original);
    }
    return Promise.reject(error);
  },
);

async function refreshToken(): Promise<string> {
  const { data } = await axios.get('https://auth.example.com/token', { timeout: 5_000 });
  return data.token as string;
}

export async function createInvoice(customer: string) {
  return billing.post('/invoices', { customer });
}

const audit = axios.create({ baseURL: 'https://audit.example.com', timeout: 10_000 });
audit.interceptors.response.use(undefined, (error) => {
  console.error('audit request failed', error.config?.url);
  return Promise.reject(error);
});

export async function recordEvent(kind: string) {
  return audit.post('/events', { kind });
}
