// An operator task offered the command typed on the command line (maintenance.ts).
export async function handle(name: string) {
  if (name !== 'purge') return false;
  await fetch('https://desk.example.com/api/purges', { method: 'POST', signal: AbortSignal.timeout(60_000) });
  return true;
}
