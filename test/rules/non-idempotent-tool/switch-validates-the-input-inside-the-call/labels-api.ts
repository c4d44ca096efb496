export async function createLabel(apiKey: string, params: { name: string; color: string }) {
  const response = await fetch('https://labels.example.com/v1/labels', {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}` },
    body: JSON.stringify(params),
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
}

export async function listLabels(apiKey: string, params: { prefix?: string }) {
  const response = await fetch(`https://labels.example.com/v1/labels?prefix=${params.prefix ?? ''}`, {
    headers: { authorization: `Bearer ${apiKey}` },
    signal: AbortSignal.timeout(10_000),
  });
  return response.json();
}
