// Review loops that ask the person in the terminal every turn through the `prompts` package: the person bounds
// them (they answer, refine or leave), so neither is reported — the same as readline `question`.
import prompts from 'prompts';
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 60_000 });

export async function reviewDraft(draft: string): Promise<string | undefined> {
  let text = draft;
  let accepted = false;
  while (!accepted) {
    const { choice } = await prompts({ type: 'select', name: 'choice', message: 'Keep this draft?', choices: [{ title: 'yes', value: 'yes' }, { title: 'revise', value: 'revise' }, { title: 'drop', value: 'drop' }] });
    if (choice === 'yes') accepted = true;
    else if (choice === 'drop') return undefined;
    else {
      const { note } = await prompts({ type: 'text', name: 'note', message: 'What should change?' });
      const completion = await openai.chat.completions.create({ model: 'gpt-5-mini', messages: [{ role: 'user', content: `Revise:\n${text}\n\nNote: ${note}` }] });
      text = completion.choices[0]?.message.content ?? text;
    }
  }
  return text;
}

const ask = require('prompts');

export async function interview(topic: string) {
  const history: OpenAI.ChatCompletionMessageParam[] = [{ role: 'user', content: topic }];
  while (true) {
    const completion = await openai.chat.completions.create({ model: 'gpt-5-mini', messages: history });
    const question = completion.choices[0]?.message.content ?? '';
    if (question.startsWith('DONE')) return question;
    history.push({ role: 'assistant', content: question });
    const { answer } = await ask({ type: 'text', name: 'answer', message: question });
    history.push({ role: 'user', content: answer });
  }
}
