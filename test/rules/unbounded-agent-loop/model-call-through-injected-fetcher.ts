// The model request goes through a fetch injected with a default (`constructor(public fetcher: typeof fetch =
// fetch)`, so tests can pass a fake): the default is what runs, so `this.fetcher(…/chat/completions)` is a model
// call and the `for (;;)` tool loop around it is an agent loop. A counted twin is clean.
interface Reply { content: string; tool_calls?: Array<{ function: { name: string; arguments: string } }> }

declare function runTool(name: string, args: string): Promise<string>;

export class TinyAgent {
  private messages: Array<{ role: string; content: string }> = [];

  constructor(public fetcher: typeof fetch = fetch) {}

  private async callModel(signal: AbortSignal): Promise<Reply> {
    const response = await this.fetcher('https://openrouter.ai/api/v1/chat/completions', {
      method: 'POST',
      body: JSON.stringify({ model: 'openai/gpt-5-mini', messages: this.messages }),
      signal,
    });
    const json = (await response.json()) as { choices: Array<{ message: Reply }> };
    return json.choices[0]!.message;
  }

  async run(text: string): Promise<string> {
    this.messages.push({ role: 'user', content: text });
    for (;;) { // expect: unbounded-agent-loop
      const answer = await this.callModel(AbortSignal.timeout(60_000));
      if (!answer.tool_calls?.length) return answer.content;
      for (const call of answer.tool_calls) this.messages.push({ role: 'tool', content: await runTool(call.function.name, call.function.arguments) });
    }
  }

  async runAtMost(text: string, maxTurns = 10): Promise<string> {
    this.messages.push({ role: 'user', content: text });
    for (let turn = 0; turn < maxTurns; turn++) {
      const answer = await this.callModel(AbortSignal.timeout(60_000));
      if (!answer.tool_calls?.length) return answer.content;
      for (const call of answer.tool_calls) this.messages.push({ role: 'tool', content: await runTool(call.function.name, call.function.arguments) });
    }
    return 'out of turns';
  }
}
