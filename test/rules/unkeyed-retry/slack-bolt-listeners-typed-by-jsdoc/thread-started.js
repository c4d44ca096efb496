/**
 * An Assistant listener: Bolt's `say` posts through the app's WebClient (chat.postMessage, retried with no key).
 *
 * @param {Object} params
 * @param {import("@slack/bolt").SayFn} params.say - Function to send messages.
 * @param {Function} params.setSuggestedPrompts - Function to set suggested prompts.
 */
export const threadStarted = async ({ say, setSuggestedPrompts }) => {
  await say('Hi, how can I help?'); // expect: unkeyed-retry
  await setSuggestedPrompts({ prompts: [{ title: 'Summarise', message: 'Summarise this channel' }] });
};

/**
 * A helper whose `say` is documented as something else is not Bolt's.
 *
 * @param {Object} params
 * @param {(text: string) => void} params.say - Writes to the console.
 */
export function narrate({ say }) {
  say('done');
}
