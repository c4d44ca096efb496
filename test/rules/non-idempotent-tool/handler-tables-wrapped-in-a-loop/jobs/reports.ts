// Near-miss: a table of nightly jobs gathered and wrapped the same way, run by a scheduler by the job's name — no
// model picks them, so the report POST is no tool's.
const API = 'https://shop.example.com/admin';

export const REPORT_JOBS = {
  sales_report: async () => {
    const res = await fetch(`${API}/reports`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
    return res.text();
  },
};
