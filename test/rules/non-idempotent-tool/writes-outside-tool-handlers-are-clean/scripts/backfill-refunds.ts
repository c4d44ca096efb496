// A one-off operations script that re-issues failed refunds from a CSV. It writes, but it is a
// script, not a tool handler.
import { appendFile, readFile } from 'node:fs/promises';
import { issueRefund } from '../refunds-service.js';

const lines = (await readFile(process.argv[2] ?? 'failed-refunds.csv', 'utf8')).trim().split('\n').slice(1);
for (const line of lines) {
  const [chargeId, amount] = line.split(',');
  const refund = await issueRefund(chargeId!, Number(amount));
  await appendFile('backfill.log', `${chargeId} -> ${refund.id}\n`);
}
