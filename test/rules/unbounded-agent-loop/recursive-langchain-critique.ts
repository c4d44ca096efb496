// A LangChain reflect-and-revise loop written as recursion: it recurses until the reviewer model
// approves, with no bound on the number of revisions.
import { ChatOpenAI } from '@langchain/openai';

const writer = new ChatOpenAI({ model: 'gpt-5-mini', timeout: 30_000 });
const reviewer = new ChatOpenAI({ model: 'gpt-5', timeout: 30_000 });

export async function reviseUntilApproved(task: string, draft?: string): Promise<string> {
  const next = await writer.invoke(
    draft ? `Improve this answer to "${task}":\n${draft}` : `Answer this: ${task}`,
  );
  const text = String(next.content);
  const review = await reviewer.invoke(`Reply APPROVED if this answer to "${task}" is correct:\n${text}`);
  if (String(review.content).includes('APPROVED')) return text;
  return reviseUntilApproved(task, text); // expect: unbounded-agent-loop
}
