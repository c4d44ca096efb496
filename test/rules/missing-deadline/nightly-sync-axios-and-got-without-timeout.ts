// A cron script outside any tool handler (the rule covers the whole project): axios and got
// have no default deadline, so each request can hang the job forever.
import axios from 'axios';
import got from 'got';

interface Ticket {
  id: string;
  subject: string;
  updatedAt: string;
}

export async function syncTicketsToWarehouse(since: string) {
  const { data: tickets } = await axios.get<Ticket[]>('https://helpdesk.example.com/api/tickets', { // expect: missing-deadline
    params: { updated_since: since },
    headers: { authorization: `Bearer ${process.env.HELPDESK_TOKEN}` },
  });

  for (const ticket of tickets) {
    await got.post('https://warehouse.example.com/ingest/tickets', { json: ticket }); // expect: missing-deadline
  }

  await axios.post('https://hooks.example.com/sync-finished', { count: tickets.length }); // expect: missing-deadline
}

syncTicketsToWarehouse(process.argv[2] ?? '1970-01-01').catch((error) => {
  console.error('sync failed', error);
  process.exitCode = 1;
});
