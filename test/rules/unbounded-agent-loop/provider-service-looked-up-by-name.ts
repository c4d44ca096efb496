// An agent processor that picks its model service from a `Record<string, AgentService>` by the task's provider and
// schedules its next iteration after every model reply until the model says it is done: the call through the
// looked-up service runs the implementations of `AgentService` (an Anthropic call), so the re-scheduling is an
// unbounded agent loop. A renderer picked from a `Record<string, Renderer>` whose implementations only build
// strings is not an agent: clean.
import Anthropic from '@anthropic-ai/sdk';

interface AgentService {
  generateMessage(system: string, messages: string[]): Promise<string>;
}

export class AnthropicService implements AgentService {
  private readonly client = new Anthropic({ timeout: 30_000 });

  async generateMessage(system: string, messages: string[]): Promise<string> {
    const reply = await this.client.messages.create({
      model: 'claude-sonnet-4-5',
      max_tokens: 1024,
      system,
      messages: messages.map((content) => ({ role: 'user' as const, content })),
    });
    return reply.content[0]?.type === 'text' ? reply.content[0].text : '';
  }
}

export class AgentProcessor {
  private readonly services: Record<string, AgentService>;
  private isProcessing = true;

  constructor(anthropic: AnthropicService) {
    this.services = { anthropic };
  }

  async runIteration(taskId: string, provider: string): Promise<void> {
    const service = this.services[provider];
    if (!service) return;
    const reply = await service.generateMessage('You operate a desktop.', [taskId]);
    if (reply === 'done') this.isProcessing = false;
    if (this.isProcessing) {
      setImmediate(() => this.runIteration(taskId, provider)); // expect: unbounded-agent-loop
    }
  }
}

interface Renderer {
  render(text: string): Promise<string>;
}

export class MarkdownRenderer implements Renderer {
  async render(text: string): Promise<string> {
    return `**${text}**`;
  }
}

export class Printer {
  private readonly renderers: Record<string, Renderer> = { markdown: new MarkdownRenderer() };

  async printAll(lines: string[], format: string): Promise<string> {
    const renderer = this.renderers[format];
    if (!renderer || lines.length === 0) return '';
    const [first, ...rest] = lines;
    return (await renderer.render(first!)) + (await this.printAll(rest, format));
  }
}
