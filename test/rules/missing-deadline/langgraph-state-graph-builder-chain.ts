// A LangGraph StateGraph built by a chain of addNode/addEdge/addConditionalEdges/setEntryPoint and compiled: the
// compiled graph's invoke runs the nodes (here a model call) with only the config's `signal`/`timeout` as a deadline.
// The builder's arguments (the state annotation, node functions, edges) hold none. Clean: an invoke with a timeout in
// its config.
import { END, MessagesAnnotation, StateGraph } from '@langchain/langgraph';
import { ChatOpenAI } from '@langchain/openai';

const model = new ChatOpenAI({ model: 'gpt-4o-mini', timeout: 30_000 });

const graph = new StateGraph(MessagesAnnotation)
  .addNode('agent', async (state) => ({ messages: [await model.invoke(state.messages)] }))
  .addNode('review', async (state) => ({ messages: state.messages }))
  .addEdge('agent', 'review')
  .addConditionalEdges('review', (state) => (state.messages.length > 8 ? END : 'agent'))
  .setEntryPoint('agent');

export const app = graph.compile();

export async function answer(question: string) {
  const result = await app.invoke({ messages: [{ role: 'user', content: question }] }); // expect: missing-deadline
  return result.messages.at(-1)?.content;
}

export async function answerWithin(question: string) {
  return app.invoke({ messages: [{ role: 'user', content: question }] }, { timeout: 60_000 });
}
