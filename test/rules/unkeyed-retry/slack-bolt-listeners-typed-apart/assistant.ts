// Assistant listeners held in variables typed with Bolt's listener types: `say` posts with the app's
// WebClient (retried, no key), `client.chatStream()` streams through it.
import type { AssistantThreadStartedMiddleware, AssistantUserMessageMiddleware } from '@slack/bolt';

export const threadStarted: AssistantThreadStartedMiddleware = async ({ say, setSuggestedPrompts }) => {
  await say('Hi, how can I help?'); // expect: unkeyed-retry
  await setSuggestedPrompts({ prompts: [{ title: 'Summarise', message: 'Summarise this channel' }] });
};

export const userMessage: AssistantUserMessageMiddleware = async ({ client, message, setStatus }) => {
  if (!('text' in message) || !message.text || !('thread_ts' in message) || !message.thread_ts) return;
  await setStatus('is thinking...');
  const streamer = client.chatStream({ channel: message.channel, thread_ts: message.thread_ts });
  await streamer.append({ markdown_text: `You said: ${message.text}` }); // expect: unkeyed-retry
  // Near-miss: stop() with nothing to flush only ends the stream.
  await streamer.stop();
};

/** Near-miss: a function typed with a type of its own, not Bolt's. */
type Handler = (args: { say: (text: string) => Promise<void> }) => Promise<void>;
export const echo: Handler = async ({ say }) => {
  await say('echo');
};
