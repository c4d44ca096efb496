// A client class whose ky instance comes in typed with ky's instance type (`ky: KyInstance = defaultKy`) and is
// extended in the constructor: its `post` is ky's. Creating a page POSTs a new one; a search POST only reads and a GET
// reads.
import defaultKy, { type KyInstance } from 'ky';
import { tool } from 'ai';
import { z } from 'zod';

export class WikiClient {
  private readonly ky: KyInstance;

  constructor({ apiKey, ky = defaultKy }: { apiKey: string; ky?: KyInstance }) {
    this.ky = ky.extend({ prefixUrl: 'https://wiki.example.com/v1', headers: { authorization: `Bearer ${apiKey}` } });
  }

  createPage(title: string, body: string) {
    return this.ky.post('pages', { json: { title, body } }).json<{ id: string }>();
  }

  search(query: string) {
    return this.ky.post('search', { json: { query } }).json<{ ids: string[] }>();
  }

  getPage(id: string) {
    return this.ky.get(`pages/${id}`).json<{ title: string }>();
  }
}

const wiki = new WikiClient({ apiKey: process.env.WIKI_KEY ?? '' });

export const wikiTools = {
  createPage: tool({
    description: 'Create a wiki page',
    inputSchema: z.object({ title: z.string(), body: z.string() }),
    execute: async ({ title, body }) => wiki.createPage(title, body), // expect: non-idempotent-tool
  }),
  searchPages: tool({
    description: 'Search the wiki',
    inputSchema: z.object({ query: z.string() }),
    execute: async ({ query }) => wiki.search(query),
  }),
  readPage: tool({
    description: 'Read a wiki page',
    inputSchema: z.object({ id: z.string() }),
    execute: async ({ id }) => wiki.getPage(id),
  }),
};
