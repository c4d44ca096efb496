// A Temporal workflow reaches its activities only through `proxyActivities<typeof activities>()`: the ReAct loop
// calling `askModel` until the model stops asking for tools is the model's loop — a finding at the loop. Clean: a
// conversation loop that waits for the next signalled message (`await condition(…)`) at the start of every turn,
// and a loop over a proxied activity that calls no model.
import { condition, defineSignal, proxyActivities, setHandler, sleep } from '@temporalio/workflow';
import type * as activities from './activities';

const { askModel } = proxyActivities<typeof activities>({ startToCloseTimeout: '2 minutes' });
const clock = proxyActivities<typeof activities>({ startToCloseTimeout: '10 seconds' });

export const userMessage = defineSignal<[string]>('userMessage');

export async function researchWorkflow(question: string): Promise<string> {
  const messages: Parameters<typeof activities.askModel>[0] = [{ role: 'user', content: question }];
  while (true) { // expect: unbounded-agent-loop
    const { content, stopReason } = await askModel(messages);
    messages.push({ role: 'assistant', content });
    if (stopReason === 'end_turn') return JSON.stringify(content);
    messages.push({ role: 'user', content: 'Continue with the next tool result.' });
  }
}

export async function chatWorkflow(): Promise<void> {
  const inbox: string[] = [];
  setHandler(userMessage, (text) => {
    inbox.push(text);
  });
  const messages: Parameters<typeof activities.askModel>[0] = [];
  while (true) {
    await condition(() => inbox.length > 0);
    messages.push({ role: 'user', content: inbox.shift()! });
    const { content } = await askModel(messages);
    messages.push({ role: 'assistant', content });
  }
}

export async function heartbeatWorkflow(): Promise<void> {
  while (true) {
    await clock.currentTime();
    await sleep('1 minute');
  }
}
