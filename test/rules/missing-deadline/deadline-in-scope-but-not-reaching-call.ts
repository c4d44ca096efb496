// A deadline clears a call only when it reaches the call or the client the call uses: a timeout
// signal created and never passed, a received signal only checked, and a timed client sitting
// beside an untimed one are all still reported.
import axios from 'axios';

const timedClient = axios.create({ baseURL: 'https://profiles.example.com', timeout: 5_000 });

export async function loadAvatar(userId: string) {
  const signal = AbortSignal.timeout(5_000);
  console.debug('avatar deadline armed', signal.aborted);
  const res = await fetch(`https://profiles.example.com/users/${userId}/avatar`); // expect: missing-deadline
  return Buffer.from(await res.arrayBuffer());
}

export async function loadPreferences(userId: string, signal: AbortSignal) {
  if (signal.aborted) return undefined;
  const res = await fetch(`https://profiles.example.com/users/${userId}/preferences`); // expect: deadline-not-propagated else missing-deadline
  return (await res.json()) as Record<string, string>;
}

export async function loadBadges(userId: string) {
  const { data } = await axios.get(`https://profiles.example.com/users/${userId}/badges`); // expect: missing-deadline
  return data as string[];
}

export async function loadProfile(userId: string) {
  const { data } = await timedClient.get(`/users/${userId}`);
  return data as { id: string; displayName: string };
}
