// How commands end: user mistakes (bad flags, bad config, a file in the way) print one line on stderr
// and exit 2; anything else is a bug, printed with its stack and a request to report it.
import { ConfigError } from '../rules/engine/config-error.js';
import { packageInfo } from './package-info.js';

/** A mistake on the command line the user can fix; printed without a stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Prints an error the way the CLI does and returns the exit code it deserves. */
export function reportFailure(error: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  if (error instanceof UsageError || error instanceof ConfigError) {
    stderr.write(`agentvet: ${error.message}\n`);
    return EXIT_USAGE;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  stderr.write(`${detail}\n\nagentvet crashed; this is a bug. Please report it at ${packageInfo().homepage}/issues with the output above.\n`);
  return EXIT_USAGE;
}

/** Wraps a command action so its failures become exit codes instead of unhandled rejections. */
export function commandAction<A extends unknown[]>(action: (...args: A) => Promise<number> | number): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      process.exitCode = await action(...args);
    } catch (error) {
      process.exitCode = reportFailure(error);
    }
  };
}
