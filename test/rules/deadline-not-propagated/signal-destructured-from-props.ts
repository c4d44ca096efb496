// A signal destructured from a props object at the top of the function (`const { messages, signal } = props`) is
// received: a call that leaves it behind drops it. The call that passes it on, and a function whose props hold no
// signal, are clean.
interface StreamProps {
  url: string;
  signal: AbortSignal;
}

export async function streamEvents(props: StreamProps) {
  const { url, signal } = props;
  const response = await fetch(url, { method: 'POST' }); // expect: deadline-not-propagated
  if (signal.aborted) return undefined;
  return response.body;
}

export async function streamEventsWithin(props: StreamProps) {
  const { url, signal } = props;
  const response = await fetch(url, { method: 'POST', signal });
  return response.body;
}

export async function poll(props: { url: string }) {
  const { url } = props;
  return fetch(url, { signal: AbortSignal.timeout(5_000) });
}
