// Notes: one category registered, and a drafts category no code registers (its executor runs for no model).
import type { ToolEntry, ToolExecutor } from '../../types.js';

const addNoteExecutor: ToolExecutor<{ text: string }> = async (params) => {
  const res = await fetch('https://notes.example.com/v1/notes', { method: 'POST', body: JSON.stringify(params), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
  return { ok: res.ok };
};

const publishDraftExecutor: ToolExecutor<{ id: string }> = async (params) => {
  const res = await fetch('https://notes.example.com/v1/publications', { method: 'POST', body: JSON.stringify(params), signal: AbortSignal.timeout(10_000) });
  return { ok: res.ok };
};

export const tools: ToolEntry[] = [
  { tool: { name: 'add_note', description: 'Add a note', parameters: { type: 'object', properties: { text: { type: 'string' } } } }, executor: addNoteExecutor },
];

export const draftTools: ToolEntry[] = [
  { tool: { name: 'publish_draft', description: 'Publish a draft', parameters: { type: 'object', properties: { id: { type: 'string' } } } }, executor: publishDraftExecutor },
];
