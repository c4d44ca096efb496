// The desk client's transport: every method of the mixins sends through request().
export class DeskBase {
  constructor(host) {
    this.host = host;
  }

  async request(method, path, body) {
    const res = await fetch(`https://${this.host}/api${path}`, { method, body: body ? JSON.stringify(body) : undefined, signal: AbortSignal.timeout(15_000) });
    return res.json();
  }
}
