// A blog client whose methods write the record's id into the URL themselves (`/articles/${id}`, `/media/${id}`), as
// the WordPress REST API takes a POST to `/wp/v2/posts/{id}` or `/wp/v2/media/{id}` as an update of the fields given
// (WP_REST_Posts_Controller::update_item, registered for POST, PUT and PATCH): a set, low confidence at most (RULES.md,
// test/corpus/README.md question 5), whatever value the tool passes as the id. A method that takes the whole path
// leaves the URL to its caller: the caller's `/articles` creates an article each call (a finding).
import axios, { type AxiosInstance } from 'axios';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

class BlogClient {
  private readonly http: AxiosInstance;

  constructor(site: string) {
    this.http = axios.create({ baseURL: `${site}/api`, timeout: 10_000 });
  }

  async editArticle(id: number, fields: Record<string, unknown>) {
    const res = await this.http.post(`/articles/${id}`, fields);
    return res.data;
  }

  async describeImage(id: number, alt: string) {
    const res = await this.http.post(`/media/${id}`, { alt_text: alt });
    return res.data;
  }

  async send(path: string, body: unknown) {
    const res = await this.http.post(path, body);
    return res.data;
  }
}

const blog = new BlogClient(process.env.SITE_URL ?? 'https://blog.example.com');
const server = new McpServer({ name: 'blog', version: '1.0.0' });

server.tool('edit_article', { article: z.number(), title: z.string() }, async ({ article, title }) => {
  const saved = await blog.editArticle(article, { title }); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(saved) }] };
});

server.tool('describe_image', { image: z.number(), alt: z.string() }, async ({ image, alt }) => {
  const saved = await blog.describeImage(image, alt); // expect: non-idempotent-tool confidence=low
  return { content: [{ type: 'text', text: JSON.stringify(saved) }] };
});

server.tool('write_article', { title: z.string(), body: z.string() }, async ({ title, body }) => {
  const created = await blog.send('/articles', { title, content: body }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: JSON.stringify(created) }] };
});
