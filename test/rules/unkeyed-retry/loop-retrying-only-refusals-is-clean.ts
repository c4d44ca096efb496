// README question 13: a retry only after a failure that says the request was refused (a name already taken, a 409,
// a rate limit) repeats nothing that was done. A loop whose catch rethrows every other failure (`if
// (!isAlreadyExists(error)) throw error`, `if (error.status !== 409) throw error`) is clean; its twin that goes round
// after any failure re-creates a sandbox the lost response had already made.
import { SandboxClient } from '@acme/sandbox-sdk';

const sandboxes = new SandboxClient({ apiKey: process.env.SANDBOX_API_KEY });

function randomName() {
  return `sbx-${Math.random().toString(36).slice(2, 8)}`;
}

function isAlreadyExistsError(error: unknown): boolean {
  return error instanceof Error && /already exists/i.test(error.message);
}

export async function createNamedSandbox() {
  let last: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      return await sandboxes.createSandbox({ name: randomName() });
    } catch (error) {
      if (!isAlreadyExistsError(error)) throw error;
      last = error;
    }
  }
  throw last;
}

export async function createWithConflictStatus() {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      return await sandboxes.createSandbox({ name: randomName() });
    } catch (error) {
      if ((error as { status?: number }).status !== 409) throw error;
    }
  }
  throw new Error('no free name');
}

export async function createUntilItWorks() {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      return await sandboxes.createSandbox({ name: randomName() }); // expect: unkeyed-retry
    } catch (error) {
      console.warn('sandbox create failed, trying again', error);
    }
  }
  throw new Error('sandbox create failed');
}
