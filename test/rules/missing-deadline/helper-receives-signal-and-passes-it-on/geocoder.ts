// Geocoding helper: it receives a signal and passes it on to fetch, so its call is bounded by
// whatever deadline the caller hands it.
export interface Place {
  lat: number;
  lon: number;
  label: string;
}

export async function geocode(address: string, signal: AbortSignal): Promise<Place | undefined> {
  const res = await fetch(`https://geo.example.com/v1/search?q=${encodeURIComponent(address)}`, { signal });
  if (!res.ok) return undefined;
  const [first] = (await res.json()) as Place[];
  return first;
}
