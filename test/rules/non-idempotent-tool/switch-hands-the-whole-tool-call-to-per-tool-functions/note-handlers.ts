// The per-tool functions executor.ts hands each tool call to, and the shell helper one case shares.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { ToolCall } from './executor.js';

const NOTES = 'https://notes.example.com/api';

async function postNote(title: string, body: string) {
  const res = await fetch(`${NOTES}/notes`, { method: 'POST', body: JSON.stringify({ title, body }), signal: AbortSignal.timeout(5_000) });
  return (await res.json()) as { id: string };
}

export async function handleCreateNote(call: ToolCall) {
  const { title, body } = call.input as { title: string; body: string };
  const note = await postNote(title, body); // expect: non-idempotent-tool
  return { type: 'tool_result' as const, tool_use_id: call.id, content: `created ${note.id}` };
}

export async function handleGetNote(call: ToolCall) {
  const { id } = call.input as { id: string };
  const res = await fetch(`${NOTES}/notes/${id}`, { signal: AbortSignal.timeout(5_000) });
  return { type: 'tool_result' as const, tool_use_id: call.id, content: await res.text() };
}

export async function runShell(script: string): Promise<string> {
  const { stdout } = await promisify(execFile)('sh', ['-c', script], { timeout: 30_000 });
  return stdout;
}
