// The server's tool table is filled by importing every `*-tool.ts` file of the tools folder by its path: the
// registrations are never imported by name, only their shape says what they are.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ToolHandler, ToolRegistration } from './registry.js';

export async function loadTools(dir: string): Promise<Map<string, ToolHandler>> {
  const handlers = new Map<string, ToolHandler>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('-tool.js')) continue;
    const module = await import(pathToFileURL(join(entry.parentPath, entry.name)).href);
    const registration = (module.default ?? module.registration) as ToolRegistration | undefined;
    if (registration?.tool?.name) handlers.set(registration.tool.name, registration.handler);
  }
  return handlers;
}
