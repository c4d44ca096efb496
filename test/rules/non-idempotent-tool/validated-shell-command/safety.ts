// Checks a shell tool runs before executing a command: a blocklist that throws on a match and otherwise hands the
// command back unchanged, and a picker that hands back one of its own fixed commands, never its argument.
export class BlockedCommandError extends Error {}

const BLOCKED = [/\brm\s+-rf\s+\/(?:\s|$)/, /\bmkfs\b/, /\bshutdown\b/];

export function checkedCommand(command: unknown): string {
  if (typeof command !== 'string' || command.trim() === '') throw new BlockedCommandError('command must be a non-empty string');
  for (const pattern of BLOCKED) {
    if (pattern.test(command)) throw new BlockedCommandError(`blocked: ${pattern}`);
  }
  return command;
}

const DIAGNOSTICS: Record<string, string> = { disk: 'df -h', memory: 'free -m', uptime: 'uptime' };

export function diagnosticCommand(kind: unknown): string {
  if (typeof kind !== 'string' || !(kind in DIAGNOSTICS)) throw new BlockedCommandError(`unknown diagnostic: ${String(kind)}`);
  return DIAGNOSTICS[kind]!;
}
