// A retried create of a named record whose conflict (409) the code takes as "already there": the server
// refuses the second copy, so a repeat creates nothing new (README questions 6 and 19). The create with
// no such handling is a finding.
import pRetry from 'p-retry';
import { functional, type IConnection } from '@acme/registry-api';

export async function register(connection: IConnection, name: string) {
  const application = await pRetry(async () => functional.applications.create(connection, { name })).catch(async (e: { status?: number }) => {
    if (e.status !== 409) throw e;
    return pRetry(async () => functional.applications.by_names.getByName(connection, name));
  });
  // The server numbers each new version: an attempt whose response was lost leaves an extra one.
  const version = await pRetry(async () => functional.applications.by_ids.versions.create(connection, application.id, {})); // expect: unkeyed-retry
  return version.id;
}

export async function registerAll(connection: IConnection, names: string[]) {
  for (const name of names) {
    // Near-miss of the near-miss: the catch handles a 409 but rethrows it — the conflict is not taken as done.
    await pRetry(async () => functional.applications.create(connection, { name })).catch((e: { status?: number }) => { // expect: unkeyed-retry
      if (e.status === 409) throw new Error(`taken: ${name}`);
      throw e;
    });
  }
}
