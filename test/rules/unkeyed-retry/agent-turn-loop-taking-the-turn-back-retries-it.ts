// README questions 54 and 74: an agent's turn loop whose catch takes the turn back (`iteration--`, "don't count failed
// turns") runs the failed turn again — the same message, the same conversation — after any error, so a post the turn
// made before it failed is made a second time: a retry, not the next turn.
// Clean: the same loop whose catch only counts errors (and a spent budget, which the header does not read) and moves on.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 30_000, maxRetries: 0 });

async function fileTicket(tracker: string, title: string, body: string): Promise<void> {
  await fetch(`${tracker}/tickets`, { method: 'POST', body: JSON.stringify({ title, body }), signal: AbortSignal.timeout(10_000) });
}

export async function workAutonomously(tracker: string, task: string, maxIterations: number): Promise<void> {
  const history: OpenAI.ChatCompletionMessageParam[] = [{ role: 'user', content: task }];
  let failures = 0;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    try {
      const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages: history });
      const answer = completion.choices[0]?.message.content ?? '';
      await fileTicket(tracker, `step ${iteration}`, answer); // expect: unkeyed-retry
      if (answer.includes('TASK COMPLETE')) break;
      history.push({ role: 'assistant', content: answer }, { role: 'user', content: 'Continue.' });
    } catch (error) {
      failures++;
      if (failures >= 3) throw error;
      iteration--;
    }
  }
}

export async function workWithinBudget(tracker: string, task: string, maxIterations: number): Promise<void> {
  const history: OpenAI.ChatCompletionMessageParam[] = [{ role: 'user', content: task }];
  let budget = 5;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    try {
      const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages: history });
      const answer = completion.choices[0]?.message.content ?? '';
      await fileTicket(tracker, `step ${iteration}`, answer);
      if (answer.includes('TASK COMPLETE')) break;
      history.push({ role: 'assistant', content: answer }, { role: 'user', content: 'Continue.' });
    } catch (error) {
      budget--;
      if (budget <= 0) throw error;
    }
  }
}
