// openapi-client-axios and Firecrawl (not installed here, matched by import specifier). Writes: an
// operation whose operationId creates, a paths-dictionary POST, an MCP proxy that runs whatever
// operation the model names (`api[operationId](…)`), a Firecrawl `interact` that clicks and types in a
// live page. Clean: read operations (get/list), a paths-dictionary GET, a Firecrawl scrape.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import Firecrawl from '@mendable/firecrawl-js';
import { tool } from 'ai';
import OpenAPIClientAxios from 'openapi-client-axios';
import { z } from 'zod';

const petstore = new OpenAPIClientAxios({ definition: 'https://petstore.example.com/openapi.json', axiosConfigDefaults: { timeout: 10_000 } });
const firecrawl = new Firecrawl({ apiKey: process.env.FIRECRAWL_API_KEY });

export const petTools = {
  adoptPet: tool({
    description: 'Adopt a pet',
    inputSchema: z.object({ petId: z.string(), owner: z.string() }),
    execute: async ({ petId, owner }) => {
      const client = await petstore.init();
      const res = await client.createAdoption(null, { petId, owner }); // expect: non-idempotent-tool
      return res.data;
    },
  }),
  listPets: tool({
    description: 'List pets',
    inputSchema: z.object({}),
    execute: async () => (await (await petstore.init()).listPets()).data,
  }),
  addNote: tool({
    description: 'Add a note to a pet',
    inputSchema: z.object({ petId: z.string(), text: z.string() }),
    execute: async ({ petId, text }) => {
      const client = await petstore.init();
      return (await client.paths['/pets/{petId}/notes'].post({ petId }, { text })).data; // expect: non-idempotent-tool
    },
  }),
  getPet: tool({
    description: 'Read a pet',
    inputSchema: z.object({ petId: z.string() }),
    execute: async ({ petId }) => (await (await petstore.init()).paths['/pets/{petId}'].get({ petId })).data,
  }),
  fillForm: tool({
    description: 'Fill and submit a form on a scraped page',
    inputSchema: z.object({ scrapeId: z.string(), prompt: z.string() }),
    execute: async ({ scrapeId, prompt }) => firecrawl.interact(scrapeId, { prompt }), // expect: non-idempotent-tool
  }),
  readPage: tool({
    description: 'Read a page',
    inputSchema: z.object({ url: z.string() }),
    execute: async ({ url }) => firecrawl.scrape(url, { formats: ['markdown'] }),
  }),
};

class PetstoreProxy {
  private server = new Server({ name: 'petstore-proxy', version: '1.0.0' }, { capabilities: { tools: {} } });
  private client = new OpenAPIClientAxios({ definition: 'https://petstore.example.com/openapi.json' });
  private api = this.client.init();

  constructor() {
    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      const response = await this.execute(request.params.name, request.params.arguments ?? {}); // expect: non-idempotent-tool
      return { content: [{ type: 'text' as const, text: JSON.stringify(response.data) }] };
    });
  }

  private async execute(operationId: string, params: Record<string, unknown>) {
    const api = await this.api;
    const operation = (api as unknown as Record<string, (p: unknown, body: unknown) => Promise<{ data: unknown }>>)[operationId];
    if (!operation) throw new Error(`unknown operation ${operationId}`);
    return operation(params, params);
  }
}

export const proxy = new PetstoreProxy();
