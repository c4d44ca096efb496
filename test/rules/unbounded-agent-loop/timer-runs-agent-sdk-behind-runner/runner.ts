// The project's agent runner: an interface, and the implementation that runs the Claude Agent SDK's agent loop with a
// turn bound. One run is bounded; a timer that starts a run again and again is not.
import { query } from '@anthropic-ai/claude-agent-sdk';

export interface AgentRunner {
  run(folder: string, input: { prompt: string }): Promise<string>;
}

export class SdkAgentRunner implements AgentRunner {
  async run(folder: string, input: { prompt: string }): Promise<string> {
    let text = '';
    for await (const message of query({ prompt: input.prompt, options: { cwd: folder, maxTurns: 30, allowedTools: ['Read', 'Write', 'Bash'] } })) {
      if (message.type === 'result' && message.subtype === 'success') text = message.result;
    }
    return text;
  }
}
