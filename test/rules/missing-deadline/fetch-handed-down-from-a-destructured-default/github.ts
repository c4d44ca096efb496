// The GraphQL helper takes the fetch it calls as a required property; its callers take one too, defaulting to the global
// fetch so tests can pass a fake. No project code passes another, so the helper's request runs on the global fetch with
// no deadline (a finding). Near miss: the issues helper, whose callers default to a fetch that sets a timeout.
const fetchWithTimeout: typeof fetch = (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(15_000) });

async function graphql<T>({ token, query, fetchImpl }: { token: string; query: string; fetchImpl: typeof fetch }): Promise<T> {
  const response = await fetchImpl('https://api.github.com/graphql', { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) }); // expect: missing-deadline
  return (await response.json()) as T;
}

export async function viewerLogin({ token, fetchImpl = fetch }: { token: string; fetchImpl?: typeof fetch }) {
  return graphql<{ viewer: { login: string } }>({ token, query: '{ viewer { login } }', fetchImpl });
}

export async function recentRepositories({ token, fetchImpl = fetch }: { token: string; fetchImpl?: typeof fetch }) {
  return graphql<unknown>({ token, query: '{ viewer { repositories(last: 5) { nodes { name } } } }', fetchImpl });
}

async function rest<T>({ token, path, fetchImpl }: { token: string; path: string; fetchImpl: typeof fetch }): Promise<T> {
  const response = await fetchImpl(`https://api.github.com${path}`, { headers: { Authorization: `Bearer ${token}` } });
  return (await response.json()) as T;
}

export async function openIssues({ token, repo, fetchImpl = fetchWithTimeout }: { token: string; repo: string; fetchImpl?: typeof fetch }) {
  return rest<unknown[]>({ token, path: `/repos/${repo}/issues?state=open`, fetchImpl });
}
