// README question 63: a catch that, after any failure of a post, sends the same content another way (the page's feed
// instead of a photo post) writes it a second time when the first post landed and only its answer was lost. Also a
// catch that calls the same sender again with a fallback document: other made content, not a notice. Clean: a catch
// that reports the failure (fixed text, also a list of fixed lines; text made from the error; a helper named for the failure),
// a catch sharing only the client and destination with the try, and a catch after a call that wrote nothing.
const GRAPH = 'https://graph.facebook.com/v19.0';

async function postToFeed(pageId: string, message: string): Promise<void> {
  await fetch(`${GRAPH}/${pageId}/feed`, { method: 'POST', body: JSON.stringify({ message }), signal: AbortSignal.timeout(10_000) });
}

async function sendDocument(userId: string, bytes: Uint8Array, filename: string, caption: string): Promise<void> {
  await fetch(`https://chat.example.com/users/${userId}/documents`, { method: 'POST', body: JSON.stringify({ bytes: [...bytes], filename, caption }), signal: AbortSignal.timeout(10_000) });
}

export async function publishWithPhoto(pageId: string, photoUrl: string, draft: string): Promise<void> {
  const text = draft.trim();
  try {
    await fetch(`${GRAPH}/${pageId}/photos`, { method: 'POST', body: JSON.stringify({ url: photoUrl, caption: text }), signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    console.warn('photo post failed, posting text only', error);
    await postToFeed(pageId, text); // expect: unkeyed-retry
  }
}

export async function deliverReport(userId: string, report: { pdf: Uint8Array; title: string }, fallback: { pdf: Uint8Array }): Promise<void> {
  try {
    await sendDocument(userId, report.pdf, `${report.title}.pdf`, report.title);
  } catch {
    await sendDocument(userId, fallback.pdf, 'summary.pdf', 'Your summary is ready.'); // expect: unkeyed-retry
  }
}

export async function publishOrReport(pageId: string, photoUrl: string, text: string): Promise<void> {
  try {
    await fetch(`${GRAPH}/${pageId}/photos`, { method: 'POST', body: JSON.stringify({ url: photoUrl, caption: text }), signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    await postToFeed(pageId, `Could not publish the photo: ${String(error)}`);
    await postToFeed(pageId, 'Publishing is paused.');
  }
}

export async function publishFormatted(pageId: string, raw: string): Promise<void> {
  let text = raw;
  try {
    text = JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    text = raw.trim();
  }
  try {
    await normalise(pageId, text);
  } catch {
    await postToFeed(pageId, text);
  }
}

async function normalise(pageId: string, text: string): Promise<string> {
  return `${pageId}: ${text.replace(/\s+/g, ' ')}`;
}

// Clean: the catch posts a fixed notice (a list of fixed lines) through the same helper, client and thread: what is
// shared is where it goes, not what it says.
async function postLines(chat: { post(channel: string, text: string): Promise<void> }, thread: { channel: string }, lines: string[]): Promise<void> {
  await fetch(`https://chat.example.com/${thread.channel}`, { method: 'POST', body: JSON.stringify({ text: lines.join('\n') }), signal: AbortSignal.timeout(10_000) });
  await chat.post(thread.channel, lines.join('\n'));
}

export async function answerInThread(chat: { post(channel: string, text: string): Promise<void> }, thread: { channel: string }, ask: (channel: string, c: typeof chat) => Promise<string[]>): Promise<void> {
  try {
    const replies = await ask(thread.channel, chat);
    await postLines(chat, thread, replies);
  } catch (error) {
    await postLines(chat, thread, ['Something went wrong, please try again.']);
    throw error;
  }
}

// Clean: a helper named for reporting the failure, handed the run's details, is a notice of the failure.
async function notifyRunCompleted(runName: string, output: string): Promise<void> {
  await fetch('https://hooks.example.com/runs', { method: 'POST', body: JSON.stringify({ runName, output, status: 'done' }), signal: AbortSignal.timeout(10_000) });
}

async function notifyRunFailed(runName: string, output: string): Promise<void> {
  await fetch('https://hooks.example.com/runs', { method: 'POST', body: JSON.stringify({ runName, output, status: 'failed' }), signal: AbortSignal.timeout(10_000) });
}

export async function finishRun(runName: string, output: string): Promise<void> {
  try {
    await notifyRunCompleted(runName, output);
  } catch {
    await notifyRunFailed(runName, output);
  }
}
