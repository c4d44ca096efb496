// Every fetch here carries a signal that reaches the call: AbortSignal.timeout inline, a signal
// held in a variable, AbortSignal.any combining a caller's signal with a timeout, and an init
// object built beforehand. None is reported.
export async function getWeather(city: string) {
  const res = await fetch(`https://weather.example.com/v1/current?city=${encodeURIComponent(city)}`, {
    signal: AbortSignal.timeout(5_000),
  });
  return (await res.json()) as { tempC: number; summary: string };
}

export async function getForecast(city: string) {
  const signal = AbortSignal.timeout(8_000);
  const res = await fetch(`https://weather.example.com/v1/forecast?city=${encodeURIComponent(city)}`, { signal });
  return (await res.json()) as { days: Array<{ date: string; highC: number }> };
}

export async function getAirQuality(city: string, cancel: AbortSignal) {
  const res = await fetch(`https://air.example.com/v1/aqi?city=${encodeURIComponent(city)}`, {
    signal: AbortSignal.any([cancel, AbortSignal.timeout(4_000)]),
  });
  return (await res.json()) as { aqi: number };
}

export async function getAlerts(region: string) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('alerts request timed out')), 6_000);
  try {
    const res = await fetch(`https://alerts.example.com/v1/regions/${region}`, { signal: controller.signal });
    return (await res.json()) as { alerts: string[] };
  } finally {
    clearTimeout(timer);
  }
}
