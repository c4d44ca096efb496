import { withErrorHandling } from '../errors.js';

async function listNotes(params: { q: string }) {
  const response = await fetch(`https://notes.example.com/api/notes?q=${encodeURIComponent(params.q)}`, { signal: AbortSignal.timeout(5000) });
  return { content: [{ type: 'text', text: await response.text() }] };
}

export const listNotesTool = withErrorHandling(listNotes, 'Error listing notes');
