// The error a user can fix in their config or command line, in a module of its own: the CLI's error printer
// (cli/usage-error.ts) tells it from a crash on every command's start, and importing it from config.ts would load the
// config schema and zod (~0.8 MB of ES modules) first.

/** A problem the user can fix in their config or command line; printed without a stack trace. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
