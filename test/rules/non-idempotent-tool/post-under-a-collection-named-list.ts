// `list` is a read's verb at the end of a path (`/tasks/list`, `/list`), but a planner API that calls its containers
// "lists" names a collection with it: a POST to `lists/${id}/items` or `boards/${id}/list` creates an item or a list
// per call. Clean: a POST to `/cards/list` and to `/list` (listings sent as POST).
import { tool } from 'ai';
import { z } from 'zod';

const BASE = 'https://planner.example.com/api/v2';

async function call(path: string, body: unknown) {
  const response = await fetch(`${BASE}/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
}

export const addItem = tool({
  description: 'Add an item to a list',
  inputSchema: z.object({ listId: z.string(), title: z.string() }),
  execute: async ({ listId, title }) => call(`list/${listId}/item`, { title }), // expect: non-idempotent-tool
});

export const addList = tool({
  description: 'Add a list to a board',
  inputSchema: z.object({ boardId: z.string(), name: z.string() }),
  execute: async ({ boardId, name }) => call(`board/${boardId}/list`, { name }), // expect: non-idempotent-tool
});

export const findCards = tool({
  description: 'List the cards matching a filter',
  inputSchema: z.object({ filter: z.string() }),
  execute: async ({ filter }) => {
    const cards = await call('cards/list', { filter });
    const boards = await call('list', { filter });
    return { cards, boards };
  },
});
