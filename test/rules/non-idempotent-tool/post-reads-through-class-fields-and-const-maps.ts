// Read-only POSTs whose URL is held in a class field map or a const map (Tavily- and Firecrawl-style
// web-reading APIs: search, extract, crawl, map, scrape, research) or built with new URL(…).toString(),
// resolved to their paths: clean.
// The same client's feedback POST, through the same map, creates a record: reported.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import axios from 'axios';

const ENDPOINTS = {
  scrape: 'https://api.webreader.example.com/v2/scrape',
  feedback: 'https://api.webreader.example.com/v2/feedback',
} as const;

class WebReaderServer {
  private server = new Server({ name: 'webreader', version: '1.0.0' }, { capabilities: { tools: {} } });
  private http = axios.create({ timeout: 30_000 });
  private baseURLs = {
    search: 'https://api.webreader.example.com/search',
    extract: 'https://api.webreader.example.com/extract',
    crawl: 'https://api.webreader.example.com/crawl',
    map: 'https://api.webreader.example.com/map',
    research: 'https://api.webreader.example.com/research',
  };

  constructor() {
    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      const args = request.params.arguments ?? {};
      switch (request.params.name) {
        case 'search':
          return this.result(await this.search(args));
        case 'extract':
          return this.result(await this.post(this.baseURLs.extract, args));
        case 'crawl':
          return this.result(await this.post(this.baseURLs.crawl, args));
        case 'map':
          return this.result(await this.post(this.baseURLs.map, args));
        case 'research':
          return this.result(await this.post(this.baseURLs.research, args));
        case 'docs':
          return this.result(await this.http.post(new URL('/api/search', 'https://docs.webreader.example.com').toString(), args));
        case 'scrape':
          return this.result(await this.http.post(ENDPOINTS.scrape, args));
        case 'feedback':
          return this.result(await this.http.post(ENDPOINTS.feedback, args)); // expect: non-idempotent-tool
        default:
          throw new Error(`unknown tool ${request.params.name}`);
      }
    });
  }

  private async search(params: Record<string, unknown>) {
    const endpoint = this.baseURLs.search;
    const response = await this.http.post(endpoint, params);
    return response.data;
  }

  private async post(url: string, body: unknown) {
    const response = await this.http.post(url, body);
    return response.data;
  }

  private result(data: unknown) {
    return { content: [{ type: 'text' as const, text: JSON.stringify(data) }] };
  }
}

export const webReader = new WebReaderServer();
