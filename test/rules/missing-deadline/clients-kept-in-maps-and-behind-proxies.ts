// Clients the code keeps in maps or hands back through a proxy: a `Map<string, OpenAI>` (its written value type), a
// `Map<string, any>` the class fills itself (what every `.set` stores), `new Proxy(client, handler)` and a project
// wrapper typed `<T>(client: T) => T`. Each is the OpenAI client with its 10-minute default (lower severity); the
// client that map's `.set` stores with a `timeout` is clean, and a map whose entries differ is not judged.
import OpenAI from 'openai';

const byTenant = new Map<string, OpenAI>();

export async function tenantSummary(tenant: string, text: string) {
  const client = byTenant.get(tenant)!;
  const response = await client.responses.create({ model: 'gpt-5-mini', input: `Summarise: ${text}` }); // expect: missing-deadline severity=warn
  return response.output_text;
}

export class SessionPool {
  private sessions = new Map<string, any>();
  private timed = new Map<string, any>();
  private mixed = new Map<string, any>();

  open(id: string) {
    this.sessions.set(id, new OpenAI());
    this.timed.set(id, new OpenAI({ timeout: 20_000 }));
    this.mixed.set(id, id.startsWith('fast') ? new OpenAI({ timeout: 5_000 }) : new OpenAI());
    this.mixed.set(`${id}-slow`, new OpenAI({ timeout: 60_000 }));
  }

  async ask(id: string, question: string) {
    const response = await this.sessions.get(id).responses.create({ model: 'gpt-5-mini', input: question }); // expect: missing-deadline severity=warn
    return response.output_text;
  }

  async askTimed(id: string, question: string) {
    const response = await this.timed.get(id).responses.create({ model: 'gpt-5-mini', input: question });
    return response.output_text;
  }

  async askMixed(id: string, question: string) {
    const response = await this.mixed.get(id).responses.create({ model: 'gpt-5-mini', input: question });
    return response.output_text;
  }
}

function logged<T extends object>(client: T): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      console.debug('openai', String(property));
      return Reflect.get(target, property, receiver);
    },
  });
}

const traced = new Proxy(new OpenAI(), {});
const wrapped = logged(new OpenAI());
const wrappedTimed = logged(new OpenAI({ timeout: 30_000 }));

export async function tracedAnswer(question: string) {
  const response = await traced.responses.create({ model: 'gpt-5-mini', input: question }); // expect: missing-deadline severity=warn
  return response.output_text;
}

export async function loggedAnswer(question: string) {
  const response = await wrapped.responses.create({ model: 'gpt-5-mini', input: question }); // expect: missing-deadline severity=warn
  const careful = await wrappedTimed.responses.create({ model: 'gpt-5-mini', input: question });
  return `${response.output_text}\n${careful.output_text}`;
}
