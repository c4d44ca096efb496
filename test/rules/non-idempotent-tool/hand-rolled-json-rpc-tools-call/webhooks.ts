// Near miss: a webhook receiver that also reads `params.name` and looks it up in a table of actions, but answers a
// person's HTTP request, not a JSON-RPC `tools/call`: its POST is no tool's write.
import express from 'express';

const BILLING = 'https://billing.example.com/api';

const actions: Record<string, (body: unknown) => Promise<Response>> = {
  invoice: (body) => fetch(`${BILLING}/invoices`, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(5_000) }),
};

const app = express();
app.post('/hooks/:name', async (req, res) => {
  const { name } = req.params;
  if (name === 'invoice') return res.json(await actions.invoice(req.body));
  const action = actions[req.params.name];
  res.json(action ? await action(req.body) : null);
});

export { app };
