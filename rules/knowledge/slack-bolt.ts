// Slack Bolt: the `say` a listener receives posts a message through the app's WebClient. Checked in bolt-js 5.0.0
// (src/context/create-say.ts: `client.chat.postMessage(…)`; src/App.ts: `new WebClient(token, clientOptions)` with no
// retryConfig of its own), so it retries like any WebClient call (@slack/web-api: up to 10 times over ~30 minutes).
import type { WriteFact } from './types.js';

export const slackBoltWrites: WriteFact[] = [
  {
    label: 'Slack message (Bolt say)', write: 'send', module: ['@slack/bolt'], export: ['SayFn'], instance: true, path: [''],
    builtInRetries: { count: "Bolt's say() posts through the app's WebClient, which retries failed calls up to 10 times over ~30 minutes", disableOption: 'retryConfig' },
    checkedAgainst: '@slack/bolt@5.0.0',
  },
];
