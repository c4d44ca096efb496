// axios and got have no default deadline, but here each request gets one: a `timeout` on the
// call, or on the client instance the call goes through (followed through its variable).
import axios from 'axios';
import got from 'got';

const crm = axios.create({
  baseURL: 'https://crm.example.com/api',
  timeout: 8_000,
  headers: { authorization: `Bearer ${process.env.CRM_TOKEN}` },
});

const search = got.extend({
  prefixUrl: 'https://search.example.com',
  timeout: { request: 10_000 },
});

export async function findContact(email: string) {
  const { data } = await crm.get('/contacts', { params: { email } });
  return data as Array<{ id: string; name: string }>;
}

export async function logCall(contactId: string, summary: string) {
  await crm.post(`/contacts/${contactId}/activities`, { type: 'call', summary });
}

export async function getCompanyProfile(domain: string) {
  const { data } = await axios.get(`https://enrich.example.com/companies/${domain}`, { timeout: 5_000 });
  return data as { name: string; employees: number };
}

export async function searchArticles(query: string) {
  return search.get('articles', { searchParams: { q: query } }).json<{ hits: string[] }>();
}

export async function fetchSitemap(site: string) {
  return got(`https://${site}/sitemap.xml`, { timeout: { request: 15_000 } }).text();
}
