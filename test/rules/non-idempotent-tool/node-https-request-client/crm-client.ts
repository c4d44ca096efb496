// A CRM client over Node's own https.request: the method comes from each caller (GET when none is given), the path is
// the request options' `path`, and the headers a caller passes are merged in.
import https from 'node:https';
import querystring from 'node:querystring';

interface RequestOptions {
  method?: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export function crmRequest<T>(options: RequestOptions): Promise<T> {
  const { method = 'GET', path, body } = options;
  const { host: _host, ...extraHeaders } = options.headers ?? {};
  const url = new URL(`https://crm.example.com${path}`);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise<T>((resolve, reject) => {
    const req = https.request(
      { method, hostname: url.hostname, path: url.pathname + url.search, headers: { 'content-type': 'application/json', ...extraHeaders } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk));
        res.on('end', () => resolve(JSON.parse(text) as T));
      },
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

/** The OAuth client-credentials token: a short-lived credential, minted again on a repeat (not a write). */
export async function accessToken(clientId: string, clientSecret: string): Promise<string> {
  const form = querystring.stringify({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret });
  const tokenUrl = new URL('/oauth2/token', 'https://login.example.com');
  return new Promise((resolve, reject) => {
    const req = https.request({ method: 'POST', hostname: tokenUrl.hostname, path: tokenUrl.pathname }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk));
      res.on('end', () => resolve((JSON.parse(text) as { access_token: string }).access_token));
    });
    req.on('error', reject);
    req.end(form);
  });
}

/** Headers for a note, keyed by the note's own business key (stable across repeats). */
export function noteHeaders(contactId: string, noteRef: string): Record<string, string> {
  const headers: Record<string, string> = { 'x-source': 'agent' };
  headers['Idempotency-Key'] = `${contactId}:${noteRef}`;
  return headers;
}
