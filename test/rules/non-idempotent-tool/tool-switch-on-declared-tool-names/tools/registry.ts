import cards from './cards.js';
import type { ToolModule } from './types.js';

const modules: ToolModule[] = [cards];

export function allDefinitions() {
  return modules.flatMap((m) => m.definitions);
}

export async function routeTool(name: string, args: Record<string, unknown>) {
  for (const mod of modules) {
    const result = await mod.handle(name, args);
    if (result) return result;
  }
  throw new Error(`Unknown tool: ${name}`);
}
