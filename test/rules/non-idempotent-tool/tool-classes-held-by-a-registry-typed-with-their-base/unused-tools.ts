// Near-miss: a class extending the tool base class that nothing in the package instantiates or lists — a tool left
// out of the manager. The Map's written type names its base class, but no instance of it is ever held there: its
// purge POST is no tool's (clean).
import { Tool } from './base.js';

export class PurgeCalendarTool extends Tool {
  readonly name = 'purge_calendar';
  readonly description = 'Remove every meeting of a day';
  readonly inputSchema = { type: 'object', properties: { day: { type: 'string' } } };

  async execute(input: Record<string, any>): Promise<string> {
    const res = await fetch('https://calendar.example.com/v1/purges', {
      method: 'POST',
      body: JSON.stringify({ day: input.day }),
      signal: AbortSignal.timeout(10_000),
    });
    return res.ok ? 'purged' : `failed: ${res.status}`;
  }
}
