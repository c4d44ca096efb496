// Mirascope: `response.resume(outputs)` sends the history back to the model; the loop goes on while the answer
// asks for tools. The list tested is replaced by each answer, not drained — the model decides when it ends.
import { llm } from 'mirascope';

const lookup = llm.defineTool({ name: 'lookup', description: 'Look a word up', tool: ({ word }: { word: string }) => word.length });
const assistant = llm.defineCall<{ query: string }>({ model: 'openai/gpt-4o-mini', tools: [lookup], template: ({ query }) => query });

export async function answer(query: string) {
  let response = await assistant({ query });
  while (response.toolCalls.length > 0) { // expect: unbounded-agent-loop
    const outputs = await response.executeTools();
    response = await response.resume(outputs);
  }
  return response.text();
}

export async function answerBounded(query: string) {
  let response = await assistant({ query });
  for (let turn = 0; turn < 8 && response.toolCalls.length > 0; turn++) {
    response = await response.resume(await response.executeTools());
  }
  return response.text();
}

/** A queue the body drains: bounded by its items, whatever each step calls. */
export async function summarise(queue: string[]) {
  const model = llm.model('openai/gpt-4o-mini');
  const out: string[] = [];
  while (queue.length > 0) {
    const item = queue.shift()!;
    const reply = await model.call(item);
    out.push(reply.text());
  }
  return out;
}

/** A list read from a value the body replaces with something that is not a call: still a drain. */
export async function drainPages(pages: { items: string[]; next?: { items: string[] } }) {
  const model = llm.model('openai/gpt-4o-mini');
  let page = pages;
  while (page.items.length > 0) {
    await model.call(page.items.join('\n'));
    page = page.next ?? { items: [] };
  }
}

/** Approvals a person gives between runs (`interruptions`, not the model's tool calls): not reported here. */
export async function resumeAfterApprovals(query: string, approve: (id: string) => void) {
  let response = (await assistant({ query })) as unknown as { interruptions: string[]; resume(content: string): Promise<unknown> };
  while (response.interruptions.length > 0) {
    for (const id of response.interruptions) approve(id);
    response = (await response.resume('approved')) as typeof response;
  }
}
