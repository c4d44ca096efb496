// Near miss: a default-exported class with the same methods in an ordinary file, extending nothing of Photon's — an
// app class, no tool server (clean).
import { appendFile } from 'node:fs/promises';

export default class LedgerReport {
  async record(params: { line: string }) {
    await appendFile('/var/data/report.log', `${params.line}\n`);
    return { ok: true };
  }
}
