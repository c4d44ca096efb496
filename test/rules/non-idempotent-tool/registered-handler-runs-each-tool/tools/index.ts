// The tool factories by name; the server asks for the enabled ones.
import type { Context, Tool, ToolBase } from '../types.js';
import createDashboard from './create-dashboard.js';
import getDashboard from './get-dashboard.js';

const TOOL_MAP: Record<string, () => ToolBase> = {
  'dashboard-create': createDashboard,
  'dashboard-get': getDashboard,
};

const DESCRIPTIONS: Record<string, string> = {
  'dashboard-create': 'Create a dashboard',
  'dashboard-get': 'Get a dashboard',
};

export async function getToolsFromContext(_context: Context, enabled: string[]): Promise<Tool[]> {
  const bases: ToolBase[] = [];
  for (const name of enabled) {
    const make = TOOL_MAP[name];
    if (make) bases.push(make());
  }
  return bases.map((base) => ({ ...base, title: base.name, description: DESCRIPTIONS[base.name] ?? base.name }));
}
