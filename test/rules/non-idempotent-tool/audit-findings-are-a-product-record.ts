// test/corpus/README.md question 45 covers the project's own log rows: an `audit` / `audit_events` row recording what a
// tool did is not its side effect. A table where `audit` only qualifies what is stored — the findings an audit tool
// files for a person to read, the runs it starts — holds the tool's product: a repeat files the findings twice.
import { appendFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { Pool } from 'pg';
import { tool } from 'ai';
import { z } from 'zod';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const shellAuditPath = './data/shell_audit.jsonl';

async function recordAudit(actor: string, action: string) {
  await pool.query('INSERT INTO audit_events (actor, action) VALUES ($1, $2)', [actor, action]);
}

async function fileFinding(siteId: string, severity: string, summary: string) {
  await pool.query('INSERT INTO audit_findings (site_id, severity, summary) VALUES ($1, $2, $3)', [siteId, severity, summary]);
}

export const complianceTools = {
  fileFinding: tool({
    description: 'File a compliance finding for a site',
    inputSchema: z.object({ siteId: z.string(), severity: z.string(), summary: z.string() }),
    execute: async ({ siteId, severity, summary }) => {
      await recordAudit('agent', `file_finding ${siteId}`);
      await fileFinding(siteId, severity, summary); // expect: non-idempotent-tool
      return 'filed';
    },
  }),
  checkSite: tool({
    description: 'Check whether a site is reachable',
    inputSchema: z.object({ url: z.string() }),
    execute: async ({ url }) => {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await pool.query('INSERT INTO audit (actor, action) VALUES ($1, $2)', ['agent', `check ${url}`]);
      return res.status;
    },
  }),
  diskUsage: tool({
    description: 'Report the disk usage of the working folder',
    inputSchema: z.object({}),
    execute: async () => {
      const output = execFileSync('du', ['-sh', '.'], { timeout: 10_000 }).toString();
      appendFileSync(shellAuditPath, JSON.stringify({ ts: new Date().toISOString(), command: 'du -sh .' }) + '\n');
      return output;
    },
  }),
};
