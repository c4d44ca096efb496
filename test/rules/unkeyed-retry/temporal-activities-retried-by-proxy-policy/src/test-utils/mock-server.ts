// The tests' stand-in for the payment service: it answers every refund and stores nothing.
import express from 'express';

export function startMockPayments(port: number) {
  const app = express();
  app.post('/api/refunds', (_req, res) => {
    res.json({ ok: true });
  });
  return app.listen(port);
}
