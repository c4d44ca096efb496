// Usage analytics the framework posts around every action: telemetry, not any tool's side effect.
export async function sendAnalyticsEvent(event: { action: string; name: string }): Promise<void> {
  const res = await fetch('https://events.example.com/amp', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify([{ event_type: event.name, ...event }]),
    signal: AbortSignal.timeout(2_000),
  });
  if (!res.ok) throw new Error(`analytics answered ${res.status}`);
}

export function trackToolCall(tool: string, status: 'started' | 'success' | 'error'): void {
  void fetch('https://collector.example.com/v1/track', {
    method: 'POST',
    body: JSON.stringify({ tool, status, at: Date.now() }),
    signal: AbortSignal.timeout(2_000),
  }).catch(() => undefined);
}
