// A catch that first turns the caught error into text (`const reason = err instanceof Error ? err.message : String(err)`)
// and sends a notice made from that text through the try's send helper tells of the failure; it is no second attempt
// at the report the try was sending: clean. The twin whose catch sends, through a const of its own, the report the try
// was sending is the same write made again: a finding.
declare function buildReport(projectId: string): Promise<string>;

async function postStatus(channel: string, text: string): Promise<void> {
  await fetch('https://chat.example.com/api/messages', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ channel, text }),
    signal: AbortSignal.timeout(10_000),
  });
}

export async function reportCommand(channel: string, projectId: string): Promise<void> {
  try {
    const report = await buildReport(projectId);
    await postStatus(channel, report);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const notice = `Report failed: ${reason}`;
    await postStatus(channel, notice);
  }
}

export async function resendCommand(channel: string, report: string): Promise<void> {
  try {
    await postStatus(channel, report);
  } catch {
    const again = report;
    await postStatus(channel, again); // expect: unkeyed-retry
  }
}
