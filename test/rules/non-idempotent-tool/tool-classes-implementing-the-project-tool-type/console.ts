// Near misses: classes with the same members that implement the console's `Command` (a person types it) or a database
// `QueryRunner` (the code runs it): no model reaches their `execute`, so their writes are not a tool's.
import type { Command, QueryRunner } from './types.js';

export class RotateKeysCommand implements Command {
  name = 'rotate_keys';
  description = 'Rotate the webhook signing keys';
  parameters = { type: 'object', properties: {} };

  async execute(): Promise<string> {
    const res = await fetch('https://hooks.example.com/keys', { method: 'POST', signal: AbortSignal.timeout(10_000) });
    return String(res.status);
  }
}

export class AuditQueryRunner implements QueryRunner {
  constructor(private readonly endpoint: string) {}

  async execute(sql: string): Promise<unknown[]> {
    const res = await fetch(`${this.endpoint}/audit-rows`, { method: 'POST', body: JSON.stringify({ sql }), signal: AbortSignal.timeout(10_000) });
    return (await res.json()) as unknown[];
  }
}
