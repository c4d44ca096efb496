// Retried credential exchanges: an OAuth token request, an OIDC token exchange and a GitHub installation token
// each mint a short-lived token; a repeat mints another and the first expires (test/corpus/README.md settled
// question 6): clean. Creating a long-lived API key under the same retry makes a second key: reported.
import pRetry from 'p-retry';

const limit = () => AbortSignal.timeout(10_000);

export async function clientCredentials(clientId: string, secret: string): Promise<string> {
  const response = await pRetry(() =>
    fetch('https://auth.example.com/oauth/token', {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret }),
      signal: limit(),
    }),
  );
  return ((await response.json()) as { access_token: string }).access_token;
}

export async function appToken(oidcToken: string): Promise<string> {
  const response = await pRetry(() =>
    fetch('https://api.example.com/api/github/github-app-token-exchange', { method: 'POST', headers: { Authorization: `Bearer ${oidcToken}` }, signal: limit() }),
  );
  return ((await response.json()) as { token: string }).token;
}

export async function installationToken(jwt: string, installationId: number): Promise<string> {
  const response = await pRetry(() =>
    fetch(`https://api.github.com/app/installations/${installationId}/access_tokens`, { method: 'POST', headers: { Authorization: `Bearer ${jwt}` }, signal: limit() }),
  );
  return ((await response.json()) as { token: string }).token;
}

export async function exchangeForInstallationToken(oidcToken: string): Promise<string> {
  const response = await pRetry(() =>
    fetch('https://ci.example.com/api/github/installation-token', { method: 'POST', headers: { Authorization: `Bearer ${oidcToken}` }, signal: limit() }),
  );
  return ((await response.json()) as { token: string }).token;
}

export async function logIn(email: string, password: string): Promise<string> {
  const response = await pRetry(() =>
    fetch('https://cms.example.com/admin/login', { method: 'POST', body: JSON.stringify({ email, password }), signal: limit() }),
  );
  return ((await response.json()) as { data: { token: string } }).data.token;
}

export async function createApiKey(name: string): Promise<string> {
  const response = await pRetry(() =>
    fetch('https://api.example.com/v1/api-keys', { method: 'POST', body: JSON.stringify({ name }), signal: limit() }), // expect: unkeyed-retry
  );
  return ((await response.json()) as { key: string }).key;
}
