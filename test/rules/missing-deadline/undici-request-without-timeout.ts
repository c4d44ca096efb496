// undici's request bounds only the wait for headers and the gap between body chunks (300 s
// each), never the whole exchange: with no signal it has no deadline.
import { request } from 'undici';

export async function downloadReport(reportUrl: string) {
  const { statusCode, body } = await request(reportUrl, { // expect: missing-deadline
    method: 'GET',
    headers: { accept: 'text/csv' },
  });
  if (statusCode !== 200) throw new Error(`report download failed with ${statusCode}`);
  return body.text();
}

export async function downloadReportBounded(reportUrl: string) {
  const { body } = await request(reportUrl, { method: 'GET', signal: AbortSignal.timeout(30_000) });
  return body.text();
}
