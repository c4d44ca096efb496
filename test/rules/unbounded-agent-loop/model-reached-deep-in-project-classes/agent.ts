// An agent whose model call sits five calls below the loop that drives it: cycle() → think() → decide() →
// provider.complete() → http.request(Anthropic's URL). The run loop (stopped only by a flag) runs it forever; the
// twin counting its cycles stops at 50, and the watchdog loop reaches only the provider's health check.
import { AnthropicProvider, HttpClient } from './llm';

declare function sleep(ms: number): Promise<void>;
declare function execute(action: string): Promise<void>;

class Brain {
  constructor(private readonly provider: AnthropicProvider) {}

  async decide(state: string): Promise<string> {
    return this.provider.complete(`State: ${state}\nWhat is your next action?`);
  }
}

class Agent {
  private readonly brain = new Brain(new AnthropicProvider(new HttpClient()));
  private readonly provider = new AnthropicProvider(new HttpClient());
  private state = 'start';
  running = true;

  private async think(): Promise<string> {
    // The user's first input (if any) is already folded into this.state: nobody is asked here.
    return this.brain.decide(this.state);
  }

  async cycle(): Promise<void> {
    const action = await this.think();
    await execute(action);
    this.state = action;
  }

  async runForever(): Promise<void> {
    while (this.running) { // expect: unbounded-agent-loop
      await this.cycle();
      await sleep(60_000);
    }
  }

  async runBounded(): Promise<void> {
    for (let cycles = 0; cycles < 50 && this.running; cycles++) {
      await this.cycle();
      await sleep(60_000);
    }
  }

  async watchdog(): Promise<void> {
    while (this.running) {
      if (!(await this.provider.health())) console.warn('provider down');
      await sleep(60_000);
    }
  }
}

export const agent = new Agent();
