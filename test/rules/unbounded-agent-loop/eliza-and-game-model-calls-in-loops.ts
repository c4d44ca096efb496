// Frameworks' own model calls (knowledge `frameworkModelCalls`, for the loop rules only): ElizaOS's
// `generateText`/`generateTweetActions` from @elizaos/core, and a GAME agent's `step()` (the GAME API picks the next
// action); a GAME agent's `run(heartbeat)` is an agent run with no bound to set (`frameworkAgentRunners`). A loop or self-rescheduling function that asks them on every pass with no bound is reported; the
// per-event poller and a step loop with a counter stay clean.
import { generateText, generateTweetActions, type IAgentRuntime } from '@elizaos/core';
import { GameAgent } from '@virtuals-protocol/game';

declare const runtime: IAgentRuntime;
declare function postTweet(text: string): Promise<void>;
declare function fetchMentions(): Promise<string[]>;

export function startPosting(): void {
  const generateNewTweetLoop = async () => {
    const text = await generateText({ runtime, context: 'write a tweet', modelClass: 'large' });
    await postTweet(text);
    setTimeout(() => {
      generateNewTweetLoop(); // expect: unbounded-agent-loop
    }, 60 * 60 * 1000);
  };
  void generateNewTweetLoop();
}

export async function processActionsLoop(stopped: { value: boolean }): Promise<void> {
  while (!stopped.value) { // expect: unbounded-agent-loop
    const actions = await generateTweetActions({ runtime, context: 'timeline', modelClass: 'small' });
    if (actions?.like) await postTweet('liked');
  }
}

export async function answerMentions(): Promise<void> {
  while (true) {
    for (const mention of await fetchMentions()) {
      await postTweet(await generateText({ runtime, context: mention, modelClass: 'small' }));
    }
    await new Promise((resolve) => setTimeout(resolve, 60_000));
  }
}

const agent = new GameAgent('api-key', { name: 'scout', goal: 'find events', description: 'finds events', workers: [] });

export async function runForever(): Promise<void> {
  await agent.init();
  while (true) { // expect: unbounded-agent-loop
    await agent.step({ verbose: true });
  }
}

// GameAgent#run loops until the model chooses to wait: there is no bound to set.
export async function runUntilItWaits(): Promise<void> {
  await agent.init();
  await agent.run(60, { verbose: true }); // expect: unbounded-agent-loop
}

export async function runTenSteps(): Promise<void> {
  await agent.init();
  for (let i = 0; i < 10; i++) await agent.step({ verbose: false });
}

export async function decideUntilDone(agentRuntime: IAgentRuntime): Promise<void> {
  let done = false;
  while (!done) { // expect: unbounded-agent-loop
    const reply = await agentRuntime.useModel('TEXT_LARGE', { prompt: 'what next?' });
    done = String(reply).includes('DONE');
  }
}
