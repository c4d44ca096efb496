// Found on a repository outside the corpus (a LangGraph travel agent): a node's catch answers the user
// with a message saying the lookup failed. The conversation carries the failure, so the result is
// marked (clean) — followed through a local const and a message constructor. A reply that reads like
// a normal answer is still a silent fallback.
import { ChatOpenAI } from '@langchain/openai';
import { AIMessage, type BaseMessage } from '@langchain/core/messages';

const model = new ChatOpenAI({ model: 'gpt-5-mini', timeout: 30_000 });

export async function restaurantNode(state: { messages: BaseMessage[] }) {
  try {
    const reply = await model.invoke(state.messages);
    return { messages: [...state.messages, new AIMessage(String(reply.content))] };
  } catch {
    const errorMessage = new AIMessage('Something went wrong finding restaurants. Please try again later.');
    return { messages: [...state.messages, errorMessage] };
  }
}

export async function hotelNode(state: { messages: BaseMessage[] }) {
  try {
    const reply = await model.invoke(state.messages);
    return { messages: [...state.messages, new AIMessage(String(reply.content))] };
  } catch { // expect: silent-fallback
    const reply = new AIMessage('Here are some hotels near the centre.');
    return { messages: [...state.messages, reply] };
  }
}
