// Near miss: the same lookup-function shape over an HTTP route table, keyed by the path a person's request names.
// No model's tool name reaches findRoute, so the archive POST is not a tool's write.
import express from 'express';

const ARCHIVE = 'https://archive.example.com/api';

const routes = {
  archive: async (body: unknown) => fetch(`${ARCHIVE}/archives`, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(5_000) }),
};

function findRoute(name: string) {
  return routes[name as keyof typeof routes];
}

const app = express();
app.post('/admin/:name', async (req, res) => {
  const route = findRoute(req.params.name);
  if (!route) return res.status(404).end();
  res.json(await route(req.body));
});

export { app };
