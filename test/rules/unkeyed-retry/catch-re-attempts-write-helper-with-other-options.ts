// A catch that tries the same write again through a project helper named for it, on the same first argument
// with other options (`createSite(names, team)` failed, so `createSite(names, undefined)` under the default
// team): a second attempt at the POST the helper makes, with no key (README question 7: the re-attempt is
// reported). Clean: a catch that reports the failure with another helper, the same helper sent to someone else
// (another first argument), and a helper whose name says it creates or updates by key.
const API = 'https://api.example.com';

async function createSite(names: string[], team?: string) {
  const response = await fetch(`${API}/sites`, { method: 'POST', body: JSON.stringify({ name: names[0], team }), signal: AbortSignal.timeout(10_000) });
  return response.json();
}

async function createOrUpdateSite(names: string[], team?: string) {
  const response = await fetch(`${API}/sites/${names[0]}`, { method: 'PUT', body: JSON.stringify({ team }), signal: AbortSignal.timeout(10_000) });
  return response.json();
}

async function notifyFailure(names: string[], error: unknown) {
  await fetch(`${API}/alerts`, { method: 'POST', body: JSON.stringify({ names, error: String(error) }), signal: AbortSignal.timeout(10_000) });
}

async function sendReport(to: string, body: string) {
  await fetch(`${API}/reports`, { method: 'POST', body: JSON.stringify({ to, body }), signal: AbortSignal.timeout(10_000) });
}

export async function createImportSite(names: string[], team?: string) {
  if (team) {
    try {
      return await createSite(names, team);
    } catch (error) {
      console.warn(`team ${team} unusable, creating under the default team: ${String(error)}`);
      return await createSite(names, undefined); // expect: unkeyed-retry
    }
  }
  return createSite(names, undefined);
}

export async function importOrReport(names: string[], team: string) {
  try {
    return await createSite(names, team);
  } catch (error) {
    await notifyFailure(names, error);
    return undefined;
  }
}

export async function syncSite(names: string[], team: string) {
  try {
    return await createOrUpdateSite(names, team);
  } catch {
    return await createOrUpdateSite(names, undefined);
  }
}

export async function reportTo(owner: string, admin: string, body: string) {
  try {
    await sendReport(owner, body);
  } catch {
    await sendReport(admin, body);
  }
}
