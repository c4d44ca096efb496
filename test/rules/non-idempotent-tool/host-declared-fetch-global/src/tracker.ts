// The tracker's REST API, called through the host's declared `http.request`.
const TRACKER = 'https://tracker.example.com/api';

export async function trackerCall(endpoint: string, method = 'GET', payload?: unknown): Promise<HostResponse> {
  const url = endpoint.startsWith('https://') ? endpoint : `${TRACKER}${endpoint}`;
  return http.request(url, { method, headers: { 'Content-Type': 'application/json' }, body: payload === undefined ? undefined : JSON.stringify(payload), timeout: 20_000 });
}

export async function notesCall(path: string, method: string, payload: unknown): Promise<HostResponse> {
  return hostFetch(`https://notes.example.com/v1${path}`, { method, body: JSON.stringify(payload) });
}
