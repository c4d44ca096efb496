// Code that checks whether it runs in a page also runs on the server: its requests stay in scope. So does a path
// on a client made with a base URL: it goes to that base, not to the page's own origin.
import axios from 'axios';

const billing = axios.create({ baseURL: 'https://billing.example.com' });

export async function loadConfig(configUrl: string) {
  const base = typeof window === 'undefined' ? process.env.CONFIG_ORIGIN : window.location.origin;
  const res = await fetch(`${base}${configUrl}`); // expect: missing-deadline
  return res.json();
}

export async function loadInvoices(customerId: string) {
  const { data } = await billing.get(`/v1/customers/${customerId}/invoices`); // expect: missing-deadline
  return data;
}
