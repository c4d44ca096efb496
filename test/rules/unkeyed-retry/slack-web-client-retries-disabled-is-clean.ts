// Near-miss: the same Slack post, but the WebClient is built with retries turned off, so there
// is no retry mechanism around chat.postMessage and nothing to report.
import { tool } from '@openai/agents';
import { WebClient } from '@slack/web-api';
import { z } from 'zod';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN, {
  timeout: 10_000,
  retryConfig: { retries: 0 },
});

export const notifyOnCall = tool({
  name: 'notify_on_call',
  description: 'Tell the on-call engineer about a new incident',
  parameters: z.object({ channel: z.string(), summary: z.string() }),
  execute: async ({ channel, summary }) => {
    const result = await slack.chat.postMessage({ channel, text: `:rotating_light: ${summary}` });
    return result.ok ? 'notified' : `slack error: ${result.error}`;
  },
});
