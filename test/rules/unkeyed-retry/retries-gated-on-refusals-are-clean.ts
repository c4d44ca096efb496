// README questions 13 and 63: a re-attempt reached only after the server refused the request — a 429, a name
// conflict, an expired token — repeats nothing that was done, whichever way the code goes round: a recursive call
// under `if (status === 429 && …)`, a catch that re-sends after refreshing a token, a loop whose catch rethrows every
// other failure. Their twins, whose gate also lets a 5xx or a timeout through, re-post a note the lost response had
// already made.
import axios from 'axios';

const notes = axios.create({ baseURL: 'https://notes.example.com/api', timeout: 10_000 });
const MAX_ATTEMPTS = 4;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function refreshToken(): Promise<void> {
  const { data } = await notes.post('/oauth/refresh', { grant_type: 'refresh_token' });
  notes.defaults.headers.common.Authorization = `Bearer ${data.access_token}`;
}

export async function postNoteRateLimited(text: string, attempt = 0): Promise<string> {
  try {
    const { data } = await notes.post('/notes', { text });
    return data.id;
  } catch (error) {
    if (axios.isAxiosError(error) && error.response?.status === 429 && attempt < MAX_ATTEMPTS) {
      await pause(1000 * 2 ** attempt);
      return postNoteRateLimited(text, attempt + 1);
    }
    throw error;
  }
}

export async function postNoteOnAnyServerError(text: string, attempt = 0): Promise<string> {
  try {
    const { data } = await notes.post('/notes', { text });
    return data.id;
  } catch (error) {
    const status = axios.isAxiosError(error) ? error.response?.status ?? 0 : 0;
    if ((status === 429 || status >= 500) && attempt < MAX_ATTEMPTS) {
      await pause(1000 * 2 ** attempt);
      return postNoteOnAnyServerError(text, attempt + 1); // expect: unkeyed-retry
    }
    throw error;
  }
}

export async function postNoteAfterRelogin(text: string): Promise<string> {
  try {
    const { data } = await notes.post('/notes', { text });
    return data.id;
  } catch (error) {
    if (error instanceof Error && /unauthorized|token expired/i.test(error.message)) {
      await refreshToken();
      const { data } = await notes.post('/notes', { text });
      return data.id;
    }
    throw error;
  }
}

export async function postNoteWithFallback(text: string): Promise<string> {
  try {
    const { data } = await notes.post('/notes', { text });
    return data.id;
  } catch (error) {
    if (error instanceof Error && /timeout|unauthorized/i.test(error.message)) {
      await refreshToken();
      const { data } = await notes.post('/notes', { text }); // expect: unkeyed-retry
      return data.id;
    }
    throw error;
  }
}

export async function postNoteInALoop(text: string): Promise<string> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    try {
      const { data } = await notes.post('/notes', { text });
      return data.id;
    } catch (error) {
      const status = axios.isAxiosError(error) ? error.response?.status : undefined;
      if (status !== 429 && status !== 401) throw error;
      if (status === 401) await refreshToken();
      await pause(500 * 2 ** attempt);
    }
  }
  throw new Error('notes service kept refusing');
}

// The second shape of the body is sent only after the first was rejected as malformed (a 400): nothing was created.
export async function postNoteWithLegacyField(text: string): Promise<string> {
  try {
    const { data } = await notes.post('/notes', { text });
    return data.id;
  } catch (error) {
    if (error instanceof Error && error.message.includes('400')) {
      const { data } = await notes.post('/notes', { body: text });
      return data.id;
    }
    throw error;
  }
}
