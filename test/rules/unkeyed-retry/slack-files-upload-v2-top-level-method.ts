// @slack/web-api's WebClient has its own `filesUploadV2` method (`files.uploadV2` is bound to it): an upload
// of a long report goes through the same retrying client as chat.postMessage, with no key, so a lost answer
// uploads the file a second time. The same upload on a client built with retries turned off is not retried.
import { WebClient } from '@slack/web-api';

const reporter = new WebClient(process.env.SLACK_BOT_TOKEN);
const quietReporter = new WebClient(process.env.SLACK_BOT_TOKEN, { retryConfig: { retries: 0 } });

export async function shareNightlyReport(channel: string, report: string): Promise<void> {
  await reporter.filesUploadV2({ channel_id: channel, content: report, filename: 'nightly.md', title: 'Nightly report' }); // expect: unkeyed-retry
}

export async function shareDraftReport(channel: string, report: string): Promise<void> {
  await quietReporter.filesUploadV2({ channel_id: channel, content: report, filename: 'draft.md', title: 'Draft report' });
}

export async function listChannelFiles(channel: string): Promise<number> {
  const listed = await reporter.files.list({ channel, count: 20 });
  return listed.files?.length ?? 0;
}
