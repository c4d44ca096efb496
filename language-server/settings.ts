// Reads the `agentvet` settings a client sends. A bad value is logged with its key and replaced by its
// default; the server never refuses to start over a setting.
import { serverSettingsSchema, type ServerSettings } from './protocol.js';

export function parseSettings(raw: unknown, log: (message: string) => void): ServerSettings {
  const input = typeof raw === 'object' && raw !== null ? { ...(raw as Record<string, unknown>) } : {};
  // VS Code shows an unset path setting as "".
  if (input.configPath === '' || input.configPath === undefined) input.configPath = null;
  const parsed = serverSettingsSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    log(`agentvet: setting agentvet.${issue.path.join('.')}: ${issue.message}; using its default`);
    let target: Record<string, unknown> = input;
    for (const key of issue.path.slice(0, -1)) target = (target[key as string] ?? {}) as Record<string, unknown>;
    delete target[issue.path[issue.path.length - 1] as string];
  }
  const retry = serverSettingsSchema.safeParse(input);
  return retry.success ? retry.data : serverSettingsSchema.parse({});
}
