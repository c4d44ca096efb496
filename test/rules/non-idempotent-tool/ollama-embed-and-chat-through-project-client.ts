// Reads sent as POST through the project's own request helper: the caller hands `post(path, body)` Ollama's
// `/api/embed` (embeddings, stored nowhere) and `/api/chat` (a model call) — neither is a write. The same helper
// posting a task to the task service is: a repeat adds a second task.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

class LocalModelClient {
  constructor(private readonly baseUrl: string) {}

  async embed(input: string): Promise<number[]> {
    const res = await this.post<{ embeddings: number[][] }>('/api/embed', { model: 'nomic-embed-text', input });
    return res.embeddings[0] ?? [];
  }

  async answer(question: string): Promise<string> {
    const res = await this.post<{ message: { content: string } }>('/api/chat', { model: 'llama3', messages: [{ role: 'user', content: question }], stream: false });
    return res.message.content;
  }

  async addTask(title: string): Promise<string> {
    const res = await this.post<{ id: string }>('/v1/tasks', { title });
    return res.id;
  }

  private async post<T>(path: string, body: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    if (!res.ok) throw new Error(`${path} failed: ${res.status}`);
    return (await res.json()) as T;
  }
}

const client = new LocalModelClient(process.env.MODEL_HOST ?? 'http://localhost:11434');
const server = new McpServer({ name: 'notes', version: '1.0.0' });

server.tool('similar_notes', { text: z.string() }, async ({ text }) => {
  const vector = await client.embed(text);
  const summary = await client.answer(`Summarise: ${text}`);
  return { content: [{ type: 'text', text: `${vector.length} dims; ${summary}` }] };
});

server.tool('add_task', { title: z.string() }, async ({ title }) => {
  const id = await client.addTask(title); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: `task ${id}` }] };
});
