// A project method whose written return type is the response of a package fetch
// (`Promise<ReturnType<typeof fetch>>`) is project code: calling it calls the method, not undici's
// fetch. The deadline is judged at the fetch inside it, which passes the request context's signal
// on; the calls of the method are not outbound calls of their own. The twin service's fetch takes
// no signal: the finding is there, once, not at every caller.
import { fetch } from 'undici';

type VaultResponse = Awaited<ReturnType<typeof fetch>>;

interface RequestContext {
  signal: AbortSignal;
  requestId: string;
}

export class NotesService {
  constructor(private readonly baseUrl: string) {}

  async readNote(ctx: RequestContext, path: string): Promise<string> {
    const res = await this.#send(ctx, `/vault/${path}`, 'GET');
    return res.text();
  }

  async appendToNote(ctx: RequestContext, path: string, text: string): Promise<void> {
    await this.#send(ctx, `/vault/${path}`, 'POST', text);
  }

  #send(ctx: RequestContext, path: string, method: string, body?: string): Promise<VaultResponse> {
    return fetch(`${this.baseUrl}${path}`, { method, body, signal: ctx.signal });
  }
}

export class UnboundedNotesService {
  constructor(private readonly baseUrl: string) {}

  async readNote(path: string): Promise<string> {
    const res = await this.send(`/vault/${path}`);
    return res.text();
  }

  send(path: string): Promise<VaultResponse> {
    return fetch(`${this.baseUrl}${path}`, { method: 'GET' }); // expect: missing-deadline
  }
}
