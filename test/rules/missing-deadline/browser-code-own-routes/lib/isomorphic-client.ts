// Code that checks whether it runs in a page also runs on the server: its requests stay in scope.
export async function loadConfig(configUrl: string) {
  const base = typeof window === 'undefined' ? process.env.CONFIG_ORIGIN : window.location.origin;
  const res = await fetch(`${base}${configUrl}`); // expect: missing-deadline
  return res.json();
}
