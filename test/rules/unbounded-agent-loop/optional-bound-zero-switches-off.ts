// A work stack drained by the loop, with an iteration bound the code switches off when the maximum is
// 0 (`maxIter === 0 || counter < maxIter`): the router refills the stack after every agent, so the
// counter is the loop's bound, and with the default of 0 there is none. The twin's maximum is always set.
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 60_000 });

export class Network {
  private readonly stack: string[] = [];
  private counter = 0;

  constructor(private readonly maxIter = 0) {}

  async run(input: string): Promise<void> {
    this.stack.push('router');
    while (this.stack.length > 0 && (this.maxIter === 0 || this.counter < this.maxIter)) { // expect: unbounded-agent-loop
      const agent = this.stack.shift()!;
      const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'user', content: `${agent}: ${input}` }] });
      this.counter++;
      const next = completion.choices[0]!.message.content;
      if (next && next !== 'done') this.stack.push(next);
    }
  }

  async runBounded(input: string, maxIter = 10): Promise<void> {
    this.stack.push('router');
    let counter = 0;
    while (this.stack.length > 0 && counter < maxIter) {
      const agent = this.stack.shift()!;
      const completion = await openai.chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'user', content: `${agent}: ${input}` }] });
      counter++;
      const next = completion.choices[0]!.message.content;
      if (next && next !== 'done') this.stack.push(next);
    }
  }
}
