// LangChain JS handlers: a tool() that appends to a log file (appends repeat), and a StructuredTool
// subclass whose _call posts to Slack (a send). The DynamicStructuredTool that only searches the
// knowledge base is read-only and stays clean.
import { appendFile } from 'node:fs/promises';
import { DynamicStructuredTool, StructuredTool, tool } from '@langchain/core/tools';
import { WebClient } from '@slack/web-api';
import { z } from 'zod';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

export const recordDecision = tool(
  async ({ ticketId, decision }) => {
    await appendFile('/var/log/agent/decisions.log', `${new Date().toISOString()} ${ticketId} ${decision}\n`); // expect: non-idempotent-tool
    return 'decision recorded';
  },
  {
    name: 'record_decision',
    description: 'Write the decision taken on a ticket to the audit log',
    schema: z.object({ ticketId: z.string(), decision: z.enum(['approve', 'reject', 'escalate']) }),
  },
);

export class NotifyOnCallTool extends StructuredTool {
  name = 'notify_on_call';
  description = 'Page the on-call engineer in Slack';
  schema = z.object({ channel: z.string(), summary: z.string() });

  protected override async _call({ channel, summary }: z.infer<typeof this.schema>): Promise<string> {
    const result = await slack.chat.postMessage({ channel, text: `:rotating_light: ${summary}` }); // expect: non-idempotent-tool
    return result.ts ?? 'posted';
  }
}

export const searchRunbooks = new DynamicStructuredTool({
  name: 'search_runbooks',
  description: 'Search the runbook knowledge base',
  schema: z.object({ query: z.string() }),
  func: async ({ query }) => {
    const res = await fetch(`https://kb.internal.example.com/search?q=${encodeURIComponent(query)}`, {
      signal: AbortSignal.timeout(5_000),
    });
    return JSON.stringify(await res.json());
  },
});
