// LangChain chains: a prompt template's or a parser's invoke() never leaves the process, but a chain
// piped through a chat model calls the provider, and passes the SDK's 10-minute default through.
import { StringOutputParser } from '@langchain/core/output_parsers';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { RunnableSequence } from '@langchain/core/runnables';
import { ChatOpenAI } from '@langchain/openai';

const prompt = ChatPromptTemplate.fromMessages([
  ['system', 'You write release notes in the voice of {team}.'],
  ['user', '{changes}'],
]);
const model = new ChatOpenAI({ model: 'gpt-5-mini' });
const parser = new StringOutputParser();

export async function previewPrompt(team: string, changes: string) {
  const messages = await prompt.invoke({ team, changes });
  return messages.toChatMessages().map((m) => m.content).join('\n');
}

export async function parseOnly(text: string) {
  return parser.invoke(text);
}

export async function releaseNotes(team: string, changes: string) {
  const chain = prompt.pipe(model).pipe(parser);
  return chain.invoke({ team, changes }); // expect: missing-deadline severity=warn
}

export async function releaseNotesSequence(team: string, changes: string) {
  const chain = RunnableSequence.from([prompt, model, parser]);
  return chain.invoke({ team, changes }, { signal: AbortSignal.timeout(60_000) });
}
