// The project's own server: the page listens for progress events; shipments are stored.
import { EventEmitter } from 'node:events';
import express from 'express';
import pg from 'pg';

const app = express();
const events = new EventEmitter();
const pool = new pg.Pool();
app.use(express.json());

app.post('/api/progress', (req, res) => {
  events.emit('progress', req.body);
  res.json({ ok: true });
});

app.post('/api/shipments', async (req, res) => {
  await pool.query('INSERT INTO shipments (order_id) VALUES ($1)', [req.body.orderId]);
  res.json({ ok: true });
});

app.listen(4000);
