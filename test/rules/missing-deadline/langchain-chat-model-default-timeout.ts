// A LangChain chat model over the OpenAI SDK passes the SDK's 10-minute default through (and
// retries 6 times): no explicit deadline, reported at lower severity like the SDK itself.
import { ChatOpenAI } from '@langchain/openai';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';

const model = new ChatOpenAI({ model: 'gpt-5-mini', temperature: 0 });

export async function tagFeedback(feedback: string) {
  const reply = await model.invoke([ // expect: missing-deadline severity=warn
    new SystemMessage('Tag the customer feedback with one of: praise, complaint, feature-request.'),
    new HumanMessage(feedback),
  ]);
  return String(reply.content).trim();
}

export async function tagMany(feedback: string[]) {
  const replies = await model.batch( // expect: missing-deadline severity=warn
    feedback.map((text) => [new HumanMessage(`Tag this feedback: ${text}`)]),
  );
  return replies.map((reply) => String(reply.content).trim());
}
