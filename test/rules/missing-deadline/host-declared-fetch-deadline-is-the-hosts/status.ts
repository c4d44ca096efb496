// A request through the host's declared fetch: its default deadline is the host's, which no source here shows, so it
// is not judged; Node's own fetch beside it, with no signal, is.
export async function serviceStatus(): Promise<string> {
  const res = await http.request('https://status.example.com/api/summary', { method: 'GET' });
  return res.body;
}

export async function serviceStatusDirect(): Promise<string> {
  const res = await fetch('https://status.example.com/api/summary'); // expect: missing-deadline
  return res.text();
}
