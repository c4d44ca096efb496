// A helper that walks a tree by calling itself: its upload is reached once from the handler's call, however often the
// recursion comes back round (a path entering the same function twice is a cycle, not another write).
import { tool } from 'ai';
import { z } from 'zod';

interface Entry {
  path: string;
  children?: Entry[];
}

async function uploadFile(path: string) {
  await fetch('https://files.example.com/upload', { method: 'POST', body: path, signal: AbortSignal.timeout(10_000) });
}

async function syncEntry(entry: Entry): Promise<void> {
  if (!entry.children) return uploadFile(entry.path);
  for (const child of entry.children) await syncChildren(child);
}

async function syncChildren(entry: Entry): Promise<void> {
  await syncEntry(entry);
}

export const syncTool = tool({
  description: 'Upload a folder tree',
  inputSchema: z.object({ root: z.string() }),
  execute: async ({ root }) => syncEntry({ path: root }), // expect: non-idempotent-tool
});
