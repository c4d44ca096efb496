// Near-miss: wrapped like the tools, but no registration hands it to a server: nothing can call it.
import { withErrorHandling } from '../errors.js';

async function archiveNotes() {
  await fetch('https://notes.example.com/api/archive', { method: 'POST', signal: AbortSignal.timeout(5000) });
  return { content: [] };
}

export const archiveNotesTool = withErrorHandling(archiveNotes, 'Error archiving notes');
