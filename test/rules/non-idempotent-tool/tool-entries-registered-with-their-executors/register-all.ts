import type { ToolRegistry } from './registry.js';
import type { ToolEntry } from './types.js';
import { tools as noteTools } from './tools/notes/index.js';
import { tools as walletTools } from './tools/wallet/index.js';

const CATEGORIES: ToolEntry[][] = [walletTools, noteTools];

export function registerAllTools(registry: ToolRegistry): void {
  for (const category of CATEGORIES) {
    for (const { tool, executor } of category) registry.register(tool, executor);
  }
}
