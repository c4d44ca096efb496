// One agent loop, reported once, where the model drives it: the inner `while (true)` of `streamAgent` (a model turn,
// then the tools it asked for, until it answers in text). Its self-call for a sub-agent tool is that same loop
// (not reported again as recursion), and the outer `trigger` loop that re-enters `streamAgent` while it produced
// events reaches the model only through that inner loop. An outer loop that also calls the model itself is reported.
import { generateText, type ModelMessage } from 'ai';
import { openai } from '@ai-sdk/openai';

interface AgentState { messages: ModelMessage[]; subAgents: Record<string, AgentState> }
type AgentEvent = { type: 'text' | 'tool'; text: string };

declare function runTool(name: string, input: unknown): Promise<string>;
declare function loadState(runId: string): Promise<AgentState>;

export async function* streamAgent(state: AgentState): AsyncGenerator<AgentEvent> {
  while (true) { // expect: unbounded-agent-loop
    const result = await generateText({ model: openai('gpt-5-mini'), messages: state.messages, abortSignal: AbortSignal.timeout(60_000) });
    if (result.toolCalls.length === 0) {
      yield { type: 'text', text: result.text };
      return;
    }
    for (const call of result.toolCalls) {
      const sub = state.subAgents[call.toolName];
      if (sub) {
        for await (const event of streamAgent(sub)) yield event;
        continue;
      }
      yield { type: 'tool', text: await runTool(call.toolName, call.input) };
    }
  }
}

export async function trigger(runId: string): Promise<void> {
  while (true) {
    const state = await loadState(runId);
    let events = 0;
    for await (const event of streamAgent(state)) {
      events++;
      console.log(event.text);
    }
    if (!events) break;
  }
}

export async function reviewForever(runId: string): Promise<void> {
  while (true) { // expect: unbounded-agent-loop
    const state = await loadState(runId);
    const review = await generateText({ model: openai('gpt-5-mini'), prompt: 'review the last run', abortSignal: AbortSignal.timeout(60_000) });
    state.messages.push({ role: 'user', content: review.text });
    for await (const event of streamAgent(state)) console.log(event.text);
  }
}
