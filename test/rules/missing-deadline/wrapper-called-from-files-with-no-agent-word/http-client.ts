// Two request helpers whose options come from their callers. Their callers (jobs.ts) name no agent package,
// call no `fetch` and register no tool: the prefilter passes them over, yet they decide these fetches' deadlines,
// whether the folder is linted or the files are named.
export async function postJson(url: string, init: RequestInit) {
  return fetch(url, { ...init }); // expect: missing-deadline
}

export async function postJsonBounded(url: string, init: RequestInit) {
  return fetch(url, { ...init });
}
