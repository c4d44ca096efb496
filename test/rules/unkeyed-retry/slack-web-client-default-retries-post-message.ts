// A LangChain StructuredTool that posts incident updates with @slack/web-api. WebClient retries
// failed calls up to 10 times over ~30 minutes by default with no key: the update can repeat.
// Reading the channel history through the same client is a read.
import { StructuredTool } from '@langchain/core/tools';
import { WebClient } from '@slack/web-api';
import { z } from 'zod';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN, { timeout: 10_000 });

const updateSchema = z.object({ channel: z.string(), update: z.string() });
const historySchema = z.object({ channel: z.string() });

export class PostIncidentUpdateTool extends StructuredTool {
  name = 'post_incident_update';
  description = 'Post a status update to the incident channel';
  schema = updateSchema;

  protected override async _call({ channel, update }: z.infer<typeof updateSchema>): Promise<string> {
    const result = await slack.chat.postMessage({ channel, text: update, unfurl_links: false }); // expect: unkeyed-retry
    return `Posted at ${result.ts}`;
  }
}

export class RecentIncidentMessagesTool extends StructuredTool {
  name = 'recent_incident_messages';
  description = 'Read the latest messages in the incident channel';
  schema = historySchema;

  protected override async _call({ channel }: z.infer<typeof historySchema>): Promise<string> {
    const history = await slack.conversations.history({ channel, limit: 20 });
    return (history.messages ?? []).map((m) => m.text ?? '').join('\n');
  }
}
