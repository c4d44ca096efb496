// fs.writeFile replaces the whole file, so writing it again leaves the same bytes: a LangChain tool
// that saves a generated report (async and sync forms) is not a finding. Appending would be.
import { writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tool } from '@langchain/core/tools';
import { z } from 'zod';

const REPORTS_DIR = process.env.REPORTS_DIR ?? './reports';

export const saveReport = tool(
  async ({ slug, markdown }) => {
    await mkdir(REPORTS_DIR, { recursive: true });
    const path = join(REPORTS_DIR, `${slug}.md`);
    await writeFile(path, markdown, 'utf8');
    return `saved to ${path}`;
  },
  {
    name: 'save_report',
    description: 'Save the finished report as a Markdown file',
    schema: z.object({ slug: z.string().regex(/^[a-z0-9-]+$/), markdown: z.string() }),
  },
);

export const saveChartData = tool(
  ({ slug, rows }) => {
    writeFileSync(join(REPORTS_DIR, `${slug}.json`), JSON.stringify(rows, null, 2));
    return 'chart data saved';
  },
  {
    name: 'save_chart_data',
    description: 'Save the data behind a chart as JSON',
    schema: z.object({ slug: z.string().regex(/^[a-z0-9-]+$/), rows: z.array(z.record(z.string(), z.number())) }),
  },
);
