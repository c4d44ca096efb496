// A database platform's HTTP API, called from MCP tools: minting a short-lived database token (…/auth/tokens), and
// creating a database or group under a name the platform keeps unique (a repeat is refused with 409), make nothing new
// on a repeat. Inviting a member sends an email each time: a write.
import { createClient } from '@libsql/client';

const API = 'https://api.turso.tech/v1';
const ORG = process.env.TURSO_ORG ?? 'acme';

const auth = () => ({ authorization: `Bearer ${process.env.TURSO_API_TOKEN}`, 'content-type': 'application/json' });

export async function mintDatabaseToken(database: string): Promise<string> {
  const res = await fetch(`${API}/organizations/${ORG}/databases/${database}/auth/tokens`, {
    method: 'POST',
    headers: auth(),
    body: JSON.stringify({ expiration: '2h', permission: 'read-only' }),
    signal: AbortSignal.timeout(10_000),
  });
  return ((await res.json()) as { jwt: string }).jwt;
}

export async function runSelect(database: string, sql: string) {
  const authToken = await mintDatabaseToken(database);
  const db = createClient({ url: `libsql://${database}-${ORG}.turso.io`, authToken });
  return (await db.execute({ sql, args: [] })).rows;
}

export async function createDatabase(name: string, group = 'default') {
  const res = await fetch(`${API}/organizations/${ORG}/databases`, {
    method: 'POST',
    headers: auth(),
    body: JSON.stringify({ name, group }),
    signal: AbortSignal.timeout(10_000),
  });
  return res.json();
}

export async function createGroup(name: string, location: string) {
  const res = await fetch(`${API}/organizations/${ORG}/groups`, {
    method: 'POST',
    headers: auth(),
    body: JSON.stringify({ name, location }),
    signal: AbortSignal.timeout(10_000),
  });
  return res.json();
}

export async function inviteMember(email: string) {
  const res = await fetch(`${API}/organizations/${ORG}/invites`, {
    method: 'POST',
    headers: auth(),
    body: JSON.stringify({ email, role: 'member' }),
    signal: AbortSignal.timeout(10_000),
  });
  return res.json();
}

/** A token minted somewhere else than under …/auth: a POST to a collection of tokens, as any other create. */
export async function createApiToken(name: string) {
  const res = await fetch(`https://tokens.example.com/v1/tokens`, {
    method: 'POST',
    headers: auth(),
    body: JSON.stringify({ name }),
    signal: AbortSignal.timeout(10_000),
  });
  return res.json();
}
