// The agent's turns: the entries written here are what the model runs, through ask() and askWithLoop().
import { ask, askAbout, askWithLoop } from './llm.js';

async function postUpdate(text: string) {
  const res = await fetch('https://status.example.com/api/updates', { method: 'POST', body: JSON.stringify({ text }), signal: AbortSignal.timeout(10_000) });
  return res.text();
}

async function readUpdates() {
  const res = await fetch('https://status.example.com/api/updates', { signal: AbortSignal.timeout(10_000) });
  return res.text();
}

export async function statusTurn(prompt: string) {
  return ask(prompt, {
    tools: {
      post_update: {
        description: 'Posts a status update. Input: the text.',
        execute: async ({ input }) => postUpdate(input), // expect: non-idempotent-tool
      },
      read_updates: {
        description: 'Reads the latest status updates.',
        execute: async () => readUpdates(),
      },
    },
  });
}

export async function loopTurn(prompt: string) {
  return askWithLoop(prompt, {
    announce: {
      description: 'Announces a release. Input: the version.',
      execute: async ({ input }) => {
        const res = await fetch('https://status.example.com/api/releases', { method: 'POST', body: JSON.stringify({ version: input }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
        return res.text();
      },
    },
  });
}

export async function helpTurn(prompt: string) {
  return askAbout(prompt, {
    commands: {
      post_update: { description: 'Posts a status update.', execute: async ({ input }) => postUpdate(input) },
    },
  });
}
