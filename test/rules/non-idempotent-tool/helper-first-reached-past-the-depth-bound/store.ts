const API = process.env.THINGS_API ?? 'https://things.example.com';

export async function createThing(name: string) {
  return saveRow({ name, createdAt: new Date().toISOString() });
}

async function saveRow(row: { name: string; createdAt: string }) {
  return postRow(row);
}

async function postRow(row: { name: string; createdAt: string }) {
  const res = await fetch(`${API}/things`, { method: 'POST', body: JSON.stringify(row), signal: AbortSignal.timeout(10_000) });
  return res.json();
}
