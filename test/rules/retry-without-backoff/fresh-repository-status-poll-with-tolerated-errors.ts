// Found on a fresh batch of repositories outside the corpus (judged before mending): a loop that polls a
// job until a helper says its state is terminal, tolerating a few failed refreshes, and bounded by a
// deadline in its condition. A successful refresh goes round too, so it polls at a steady interval; it is
// not a retry (clean). Its twin leaves the loop after the try statement once the attempt worked: a retry
// with a constant wait (finding).
declare function sleep(ms: number): Promise<void>;
declare function isTerminalStatus(status: string): boolean;
const POLL_INTERVAL_MS = 5_000;
const TIMEOUT_MS = 300_000;

export async function waitForAnalysis(issueId: string) {
  const startTime = Date.now();
  let state = await (await fetch(`https://analysis.example.com/issues/${issueId}`, { signal: AbortSignal.timeout(10_000) })).json() as { status: string };
  let consecutiveErrors = 0;
  while (Date.now() - startTime < TIMEOUT_MS) {
    if (isTerminalStatus(state.status)) return state;
    await sleep(POLL_INTERVAL_MS);
    try {
      state = await (await fetch(`https://analysis.example.com/issues/${issueId}`, { signal: AbortSignal.timeout(10_000) })).json() as { status: string };
      consecutiveErrors = 0;
    } catch (error) {
      consecutiveErrors++;
      if (consecutiveErrors >= 3) throw error;
    }
  }
  throw new Error('analysis timed out');
}

export async function startAnalysis(issueId: string) {
  let response: Response | undefined;
  for (let attempt = 0; attempt < 3; attempt++) { // expect: retry-without-backoff
    try {
      response = await fetch(`https://analysis.example.com/issues/${issueId}/start`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      continue;
    }
    break;
  }
  return response;
}

// Found on the same batch: a process waits for another local process to finish creating an embedded SQLite
// database (a lock file), retrying itself. The database is a file on this machine, not a service other
// clients share (clean).
import Database from 'better-sqlite3';
import { openSync, closeSync, unlinkSync } from 'node:fs';

export class LockManager {
  private db: Database.Database | undefined;
  constructor(private readonly dbPath: string) {}

  initializeWithLock(): void {
    const lockFile = `${this.dbPath}.lock`;
    try {
      const fd = openSync(lockFile, 'wx');
      try {
        this.db = new Database(this.dbPath);
        this.db.prepare('CREATE TABLE IF NOT EXISTS locks (id TEXT PRIMARY KEY)').run();
      } finally {
        closeSync(fd);
        unlinkSync(lockFile);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
        this.initializeWithLock();
        return;
      }
      throw error;
    }
  }
}
