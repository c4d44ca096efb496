// Found in public agent code while searching for the rule's shape: OpenAI-compatible clients (groq-sdk,
// together-ai) return the same `choices[0].message.content` and `finish_reason`. Parsing or storing the text
// with no look at finish_reason is a finding; the twins that check it are clean.
import Groq from 'groq-sdk';
import Together from 'together-ai';
import { writeFile } from 'node:fs/promises';

const groq = new Groq();
const together = new Together();

export async function generateExercise(prompt: string) {
  const completion = await groq.chat.completions.create({ model: 'llama-3.3-70b-versatile', messages: [{ role: 'user', content: prompt }], response_format: { type: 'json_object' } });
  return JSON.parse(completion.choices[0]!.message.content); // expect: unchecked-truncation
}

export async function generateExerciseChecked(prompt: string) {
  const completion = await groq.chat.completions.create({ model: 'llama-3.3-70b-versatile', messages: [{ role: 'user', content: prompt }], response_format: { type: 'json_object' } });
  if (completion.choices[0]!.finish_reason === 'length') throw new Error('exercise was cut off');
  return JSON.parse(completion.choices[0]!.message.content);
}

export async function writeApp(prompt: string, path: string) {
  const response = await together.chat.completions.create({ model: 'Qwen/Qwen2.5-72B-Instruct-Turbo', max_tokens: 4000, messages: [{ role: 'user', content: prompt }] });
  await writeFile(path, response.choices[0]?.message?.content ?? ''); // expect: unchecked-truncation
}

export async function writeAppChecked(prompt: string, path: string) {
  const response = await together.chat.completions.create({ model: 'Qwen/Qwen2.5-72B-Instruct-Turbo', max_tokens: 4000, messages: [{ role: 'user', content: prompt }] });
  const choice = response.choices[0];
  if (choice?.finish_reason !== 'stop' && choice?.finish_reason !== 'eos') throw new Error(`app generation ended with ${choice?.finish_reason}`);
  await writeFile(path, choice.message?.content ?? '');
}
