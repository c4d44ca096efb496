// LangChain runnables accept `timeout` and `signal` in the call config, and ChatOpenAI takes a
// `timeout` for its client: each call below reaches a deadline and is not reported.
import { ChatOpenAI } from '@langchain/openai';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { StringOutputParser } from '@langchain/core/output_parsers';

const fastModel = new ChatOpenAI({ model: 'gpt-5-nano', timeout: 15_000 });
const model = new ChatOpenAI({ model: 'gpt-5-mini' });

const prompt = ChatPromptTemplate.fromMessages([
  ['system', 'You translate product descriptions into {language}.'],
  ['human', '{description}'],
]);

export async function translate(description: string, language: string) {
  return fastModel.invoke(`Translate into ${language}: ${description}`);
}

export async function translateWithChain(description: string, language: string) {
  const chain = prompt.pipe(model).pipe(new StringOutputParser());
  return chain.invoke({ description, language }, { timeout: 30_000 });
}

export async function streamTranslation(description: string, language: string, signal: AbortSignal) {
  const stream = await model.stream(`Translate into ${language}: ${description}`, { signal });
  const parts: string[] = [];
  for await (const chunk of stream) parts.push(String(chunk.content));
  return parts.join('');
}

export async function translateCatalogue(descriptions: string[], language: string) {
  return model.batch(
    descriptions.map((description) => `Translate into ${language}: ${description}`),
    { signal: AbortSignal.timeout(180_000) },
  );
}
