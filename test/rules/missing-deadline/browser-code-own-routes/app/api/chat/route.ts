// The route the page calls: server code, calling another origin — in scope.
export async function POST(request: Request) {
  const { text } = await request.json();
  const upstream = await fetch(`${process.env.UPSTREAM_URL}/v1/reply`, { method: 'POST', body: JSON.stringify({ text }) }); // expect: missing-deadline
  return new Response(upstream.body);
}
