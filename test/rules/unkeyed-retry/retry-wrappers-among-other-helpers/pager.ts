// The pager's writes: each POST opens something new on the paging service.
const PAGER = 'https://pager.example.com/api';

export async function openIncident(title: string): Promise<{ id: string }> {
  const res = await fetch(`${PAGER}/incidents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
    signal: AbortSignal.timeout(10_000),
  });
  return (await res.json()) as { id: string };
}

export async function pageResponder(who: string, incidentId: string): Promise<void> {
  await fetch(`${PAGER}/pages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ who, incidentId }),
    signal: AbortSignal.timeout(10_000),
  });
}

export async function incidentStatus(incidentId: string): Promise<string> {
  const res = await fetch(`${PAGER}/incidents/${incidentId}`, { signal: AbortSignal.timeout(5_000) });
  return ((await res.json()) as { status: string }).status;
}
