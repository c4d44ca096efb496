// A registry filled by 23 calls of its own `register`: every call hands over a tool, the last one's POST included (a
// search of the callers that stopped at twenty left it out). The chat loop (agent.ts) runs whatever the model names;
// cron.ts runs one tool by a fixed name, which says nothing about the other callers — this file's findings are the same
// with it named or not (test/engine/named-files-parity.test.ts).
interface RegisteredTool {
  name: string;
  description: string;
  execute: (input: Record<string, unknown>) => Promise<string>;
}

const registry = new Map<string, RegisteredTool>();

function register(tool: RegisteredTool): void {
  registry.set(tool.name, tool);
}

export function toolDefinitions() {
  return [...registry.values()].map((t) => ({ type: 'function' as const, function: { name: t.name, description: t.description, parameters: { type: 'object' } } }));
}

export async function executeTool(name: string, input: Record<string, unknown>): Promise<string> {
  const tool = registry.get(name);
  if (!tool) return `unknown tool ${name}`;
  return tool.execute(input);
}

register({ name: 'read_1', description: 'Read entry 1', execute: async () => `entry 1` });
register({ name: 'read_2', description: 'Read entry 2', execute: async () => `entry 2` });
register({ name: 'read_3', description: 'Read entry 3', execute: async () => `entry 3` });
register({ name: 'read_4', description: 'Read entry 4', execute: async () => `entry 4` });
register({ name: 'read_5', description: 'Read entry 5', execute: async () => `entry 5` });
register({ name: 'read_6', description: 'Read entry 6', execute: async () => `entry 6` });
register({ name: 'read_7', description: 'Read entry 7', execute: async () => `entry 7` });
register({ name: 'read_8', description: 'Read entry 8', execute: async () => `entry 8` });
register({ name: 'read_9', description: 'Read entry 9', execute: async () => `entry 9` });
register({ name: 'read_10', description: 'Read entry 10', execute: async () => `entry 10` });
register({ name: 'read_11', description: 'Read entry 11', execute: async () => `entry 11` });
register({ name: 'read_12', description: 'Read entry 12', execute: async () => `entry 12` });
register({ name: 'read_13', description: 'Read entry 13', execute: async () => `entry 13` });
register({ name: 'read_14', description: 'Read entry 14', execute: async () => `entry 14` });
register({ name: 'read_15', description: 'Read entry 15', execute: async () => `entry 15` });
register({ name: 'read_16', description: 'Read entry 16', execute: async () => `entry 16` });
register({ name: 'read_17', description: 'Read entry 17', execute: async () => `entry 17` });
register({ name: 'read_18', description: 'Read entry 18', execute: async () => `entry 18` });
register({ name: 'read_19', description: 'Read entry 19', execute: async () => `entry 19` });
register({ name: 'read_20', description: 'Read entry 20', execute: async () => `entry 20` });
register({ name: 'read_21', description: 'Read entry 21', execute: async () => `entry 21` });
register({ name: 'read_22', description: 'Read entry 22', execute: async () => `entry 22` });
register({
  name: 'post_note',
  description: 'Post a note',
  execute: async (input) => {
    const res = await fetch('https://notes.example.com/notes', { method: 'POST', body: JSON.stringify(input), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return res.statusText;
  },
});
