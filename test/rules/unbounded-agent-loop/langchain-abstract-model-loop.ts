// A hand-written tool loop over a model typed by LangChain's abstract class: the loop calls a model every turn
// and only the model's answer ends it. The bounded twin counts turns.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { BaseMessage } from '@langchain/core/messages';

declare function runTools(message: BaseMessage): Promise<BaseMessage[]>;
const MAX_TURNS = 8;

export async function agentLoop(model: BaseChatModel, history: BaseMessage[]) {
  for (;;) { // expect: unbounded-agent-loop
    const reply = await model.invoke(history, { signal: AbortSignal.timeout(60_000) });
    history.push(reply);
    const results = await runTools(reply);
    if (results.length === 0) return reply;
    history.push(...results);
  }
}

export async function boundedAgentLoop(model: BaseChatModel, history: BaseMessage[]) {
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const reply = await model.invoke(history, { signal: AbortSignal.timeout(60_000) });
    history.push(reply);
    const results = await runTools(reply);
    if (results.length === 0) return reply;
    history.push(...results);
  }
  throw new Error('the agent did not finish within its turn budget');
}
