// A social network client's own login: an XRPC createSession with the account's identifier and password, and a
// refreshSession when the access JWT has expired. Each answers a fresh pair of JWTs kept in memory.
const SERVICE = 'https://pds.example.social';

interface Session { did: string; accessJwt: string; refreshJwt: string; expiresAt: number }
let current: Session | undefined;

async function openSession(): Promise<Session> {
  const res = await fetch(`${SERVICE}/xrpc/com.example.server.createSession`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ identifier: process.env.HANDLE, password: process.env.APP_PASSWORD }),
    signal: AbortSignal.timeout(10_000),
  });
  const data = await res.json();
  return { did: data.did, accessJwt: data.accessJwt, refreshJwt: data.refreshJwt, expiresAt: Date.now() + 3_600_000 };
}

async function refreshSession(session: Session): Promise<Session> {
  const res = await fetch(`${SERVICE}/xrpc/com.example.server.refreshSession`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${session.refreshJwt}` },
    signal: AbortSignal.timeout(10_000),
  });
  const data = await res.json();
  return { ...session, accessJwt: data.accessJwt, refreshJwt: data.refreshJwt, expiresAt: Date.now() + 3_600_000 };
}

export async function authHeaders(): Promise<Record<string, string>> {
  if (!current) current = await openSession();
  else if (current.expiresAt < Date.now()) current = await refreshSession(current);
  return { Authorization: `Bearer ${current.accessJwt}`, 'Content-Type': 'application/json' };
}

export async function xrpc(method: string, init: { method?: 'GET' | 'POST'; body?: unknown } = {}): Promise<unknown> {
  const res = await fetch(`${SERVICE}/xrpc/${method}`, {
    method: init.method ?? 'GET',
    headers: await authHeaders(),
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(10_000),
  });
  return res.json();
}
