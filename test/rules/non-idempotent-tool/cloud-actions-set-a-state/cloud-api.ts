// A project's request helper for a cloud API: the method and the path are the caller's, the path gets a leading slash
// when it lacks one, and a query string is added only when there is one.
import axios from 'axios';

const http = axios.create({ baseURL: 'https://cloud.example.net/v1', timeout: 30_000 });

export async function cloudRequest(method: string, path: string, body?: unknown, query?: string): Promise<unknown> {
  const normalized = path.startsWith('/') ? path : `/${path}`;
  const response = await http.request({ method, url: `${normalized}${query ? `?${query}` : ''}`, data: body });
  return response.data;
}
