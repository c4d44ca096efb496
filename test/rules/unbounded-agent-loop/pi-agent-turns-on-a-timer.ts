// pi-agent-core: `agent.prompt(…)` (and `agent.continue()`) runs the agent loop — the model, the tools it calls, the
// model again while it calls tools (packages/agent/src/agent-loop.ts runLoop) — so a timer that starts a turn on every
// tick, directly or through a helper handed the agent in an options object, runs the agent forever. A terminal chat
// whose loop waits on the person's next line before each turn stays clean: `prompt` there is the agent's, the
// question is readline's.
import type { Agent } from '@mariozechner/pi-agent-core';
import * as readline from 'node:readline/promises';

async function runTurn(options: { agent: Agent; text: string }) {
  const { agent, text } = options;
  await agent.prompt(text);
}

export function startHeartbeat(agent: Agent) {
  return setInterval(async () => { // expect: unbounded-agent-loop
    await runTurn({ agent, text: 'Look at the open tasks and carry on with the next one.' });
  }, 15 * 60_000);
}

export function keepGoing(agent: Agent) {
  return setInterval(async () => { // expect: unbounded-agent-loop
    await agent.continue();
  }, 60_000);
}

export async function terminalChat(agent: Agent) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  while (true) {
    const line = await rl.question('you> ');
    await agent.prompt(line);
  }
}
