// `runTurn(input)` builds its Claude Agent SDK run from the settings its callers write out (`input.prompt`,
// `input.resume`, an optional `input.signal` wrapped into an abort controller) and sets no `maxTurns`: the project's
// generic runner, reported at each call that configures it when those calls are linted (`inbox.ts`, `digest.ts`).
// Linted alone (test/engine/agent-runner-callers-outside-the-run.test.ts), its callers are found by the package search
// but are not analysed, so nothing would be reported: the run keeps its finding. The optional signal stops nothing
// on a bound — no caller passes one tied to a timer.
import { query } from '@anthropic-ai/claude-agent-sdk';

export interface TurnInput { prompt: string; resume?: string; signal?: AbortSignal }

function controllerFor(signal: AbortSignal): AbortController {
  const controller = new AbortController();
  signal.addEventListener('abort', () => controller.abort());
  return controller;
}

export async function runTurn(input: TurnInput): Promise<string> {
  let text = '';
  const run = query({
    prompt: input.prompt,
    options: {
      allowedTools: ['Bash', 'Read', 'Edit'],
      resume: input.resume,
      abortController: input.signal ? controllerFor(input.signal) : undefined,
    },
  });
  for await (const message of run) {
    if (message.type === 'result' && message.subtype === 'success') text = message.result;
  }
  return text;
}
