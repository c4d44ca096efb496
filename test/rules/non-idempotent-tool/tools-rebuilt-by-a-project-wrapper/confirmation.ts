// A project wrapper given a whole tool definition builds it again with a confirmation check of its own in front:
// `tool({ ...definition, execute(args, ctx) { …; return definition.execute(args, ctx) } })`. The definition's
// `execute` still runs on every confirmed call, so what it writes is a tool's write (plan-tools.ts). The wrapper's
// own execute writes nothing.
import { tool } from '@example/agent-plugin';

type ToolDefinition = Parameters<typeof tool>[0];

export function withConfirmation(name: string, allowed: Set<string>, definition: ToolDefinition) {
  return tool({
    ...definition,
    async execute(args: Record<string, unknown>, context: unknown) {
      if (!allowed.has(name) && args.confirmed !== true) return 'Confirm this call first.';
      try {
        return await definition.execute(args, context);
      } catch (error) {
        return error instanceof Error ? error.message : 'Tool failed.';
      }
    },
  });
}

/** Not a re-wrap: the definition is spread, but the new execute never runs the given one. */
export function disabled(definition: ToolDefinition) {
  return tool({ ...definition, async execute() { return 'This tool is disabled.'; } });
}

/** Not a tool: an options object re-wrapped the same way is a route's, typed as one. */
export interface RouteOptions { path: string; execute(body: unknown): Promise<unknown> }
export function withLogging(options: RouteOptions) {
  return { ...options, execute: async (body: unknown) => { console.log(options.path); return options.execute(body); } };
}
