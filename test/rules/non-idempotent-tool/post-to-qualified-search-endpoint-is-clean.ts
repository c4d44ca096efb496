// "read-only tools (GET, SELECT, search, retrieval — also when sent as POST, as many search APIs are)": a POST
// to `/v1/web-search` or `/semantic_search` is a search under a qualifying word. A POST to `/v1/saved-searches`
// or `/save-search` stores a search: a write. A POST to Google Calendar's `/freeBusy` answers free/busy times: a read.
import { DynamicStructuredTool } from '@langchain/core/tools';
import { z } from 'zod';

const SEARCH_URL = 'https://api.search.example.com/v1/web-search';

async function callSearch(query: string) {
  const response = await fetch(SEARCH_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, count: 10 }),
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
}

export const webSearch = new DynamicStructuredTool({
  name: 'web_search',
  description: 'Search the web',
  schema: z.object({ query: z.string() }),
  func: async ({ query }) => JSON.stringify(await callSearch(query)),
});

export const semanticSearch = new DynamicStructuredTool({
  name: 'semantic_search',
  description: 'Search the knowledge base by meaning',
  schema: z.object({ query: z.string() }),
  func: async ({ query }) => {
    const response = await fetch('https://kb.example.com/semantic_search', { method: 'POST', body: JSON.stringify({ query }), signal: AbortSignal.timeout(10_000) });
    return response.text();
  },
});

export const saveSearch = new DynamicStructuredTool({
  name: 'save_search',
  description: 'Save a search for later',
  schema: z.object({ query: z.string() }),
  func: async ({ query }) => {
    const response = await fetch('https://kb.example.com/save-search', { method: 'POST', body: JSON.stringify({ query }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return response.text();
  },
});

export const availability = new DynamicStructuredTool({
  name: 'availability',
  description: 'When is the calendar free?',
  schema: z.object({ from: z.string(), to: z.string() }),
  func: async ({ from, to }) => {
    // Google Calendar's freeBusy query answers free/busy times: a read sent as POST.
    const response = await fetch('https://www.googleapis.com/calendar/v3/freeBusy', { method: 'POST', body: JSON.stringify({ timeMin: from, timeMax: to, items: [{ id: 'primary' }] }), signal: AbortSignal.timeout(10_000) });
    return response.text();
  },
});
