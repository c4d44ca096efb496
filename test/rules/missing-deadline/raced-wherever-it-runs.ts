// A call written in a local function is raced with a timer when every place that runs the function races it:
// `withTimeout(() => load(), ms)`. One bare `load()` beside the raced one leaves the call without a deadline.
async function withTimeout<T>(fn: () => Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  try {
    return await Promise.race([fn(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function loadProfile(id: string) {
  const load = () => fetch(`https://profiles.example.com/v1/${id}`);
  const res = await withTimeout(() => load(), 5_000).catch(() => withTimeout(() => load(), 5_000));
  return res.json();
}

export async function loadAvatar(id: string) {
  const load = () => fetch(`https://avatars.example.com/v1/${id}`); // expect: missing-deadline
  await withTimeout(() => load(), 5_000);
  return load();
}
