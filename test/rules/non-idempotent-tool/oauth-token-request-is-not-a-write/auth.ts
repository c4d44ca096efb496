// OAuth token requests (RFC 6749): each body names a `grant_type`. A repeat mints another short-lived credential and
// leaves nothing behind (README question 6), whatever URL the setting gives the token endpoint.
import { CONFIG } from './config.js';

export async function refreshAccessToken(params: { refreshToken: string; scope?: string }): Promise<string> {
  const { TOKEN_URL: tokenUrl, CLIENT_ID: clientId } = CONFIG.AUTH;
  if (!tokenUrl || !clientId) throw new Error('sign-in is not configured');
  const body = new URLSearchParams();
  body.set('grant_type', 'refresh_token');
  body.set('refresh_token', params.refreshToken);
  body.set('client_id', clientId);
  if (params.scope) body.set('scope', params.scope);
  const res = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

export async function exchangeCode(code: string): Promise<string> {
  const { TOKEN_URL: tokenUrl, CLIENT_ID: clientId } = CONFIG.AUTH;
  if (!tokenUrl || !clientId) throw new Error('sign-in is not configured');
  const res = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ grant_type: 'authorization_code', code, client_id: clientId }),
    signal: AbortSignal.timeout(10_000),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

/** Near-miss: a POST to a setting's URL whose body grants a role (a `grant` field, no OAuth grant type) is a write. */
export async function grantRole(memberId: string, role: string): Promise<string> {
  const { TOKEN_URL: rolesUrl } = CONFIG.AUTH;
  if (!rolesUrl) throw new Error('roles are not configured');
  const res = await fetch(`${rolesUrl}/role-grants`, {
    method: 'POST',
    body: JSON.stringify({ grant: role, memberId }),
    signal: AbortSignal.timeout(10_000),
  });
  return res.text();
}
