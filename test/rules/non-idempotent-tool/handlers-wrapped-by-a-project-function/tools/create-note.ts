import { withErrorHandling } from '../errors.js';

async function createNote(params: { title: string }) {
  await fetch('https://notes.example.com/api/notes', { method: 'POST', body: JSON.stringify(params), signal: AbortSignal.timeout(5000) }); // expect: non-idempotent-tool
  return { content: [{ type: 'text', text: 'created' }] };
}

export const createNoteTool = withErrorHandling(createNote, 'Error creating note');
