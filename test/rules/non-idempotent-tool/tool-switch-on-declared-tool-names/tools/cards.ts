import type { ToolModule } from './types.js';

const API = 'https://boards.example.com/api';

const definitions = [
  { name: 'cards_create', description: 'Create a card on a board', inputSchema: { type: 'object', properties: { board: { type: 'string' }, title: { type: 'string' } } } },
  { name: 'cards_get', description: 'Read one card', inputSchema: { type: 'object', properties: { id: { type: 'string' } } } },
  { name: 'cards_comment', description: 'Comment on a card', inputSchema: { type: 'object', properties: { id: { type: 'string' }, text: { type: 'string' } } } },
];

async function handle(name: string, args: Record<string, unknown>) {
  switch (name) {
    case 'cards_create': {
      const response = await fetch(`${API}/cards`, { method: 'POST', body: JSON.stringify(args), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
      return { content: [{ type: 'text', text: await response.text() }] };
    }
    case 'cards_get': {
      const response = await fetch(`${API}/cards/${String(args.id)}`, { signal: AbortSignal.timeout(10_000) });
      return { content: [{ type: 'text', text: await response.text() }] };
    }
    case 'cards_comment': {
      const response = await fetch(`${API}/cards/${String(args.id)}/comments`, { method: 'POST', body: JSON.stringify({ text: args.text }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
      return { content: [{ type: 'text', text: await response.text() }] };
    }
    default:
      return null;
  }
}

// A switch naming one declared tool among words that name none is no dispatch of tool calls: an audit trail's kinds.
export async function recordAudit(kind: string, detail: string) {
  switch (kind) {
    case 'cards_create':
    case 'login':
    case 'export':
      await fetch(`${API}/audit`, { method: 'POST', body: JSON.stringify({ kind, detail }), signal: AbortSignal.timeout(10_000) });
      return;
    default:
      return;
  }
}

export default { definitions, handle } satisfies ToolModule;
