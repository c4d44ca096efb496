// A status route: no model behind it.
export async function GET() {
  return Response.json({ ready: true });
}
