// Tool classes the manager holds (tool-manager.ts, `Map<string, Tool>`): BookMeetingTool's `execute` POSTs a new event
// (finding); ListMeetingsTool's only reads (clean).
import { Tool } from './base.js';

const CALENDAR = 'https://calendar.example.com/v1';

export class BookMeetingTool extends Tool {
  readonly name = 'book_meeting';
  readonly description = 'Book a meeting in the team calendar';
  readonly inputSchema = { type: 'object', properties: { title: { type: 'string' }, start: { type: 'string' } } };

  async execute(input: Record<string, any>): Promise<string> {
    const res = await fetch(`${CALENDAR}/events`, { // expect: non-idempotent-tool
      method: 'POST',
      body: JSON.stringify({ title: input.title, start: input.start }),
      signal: AbortSignal.timeout(10_000),
    });
    return res.ok ? 'booked' : `failed: ${res.status}`;
  }
}

export class ListMeetingsTool extends Tool {
  readonly name = 'list_meetings';
  readonly description = 'List the meetings of a day';
  readonly inputSchema = { type: 'object', properties: { day: { type: 'string' } } };

  async execute(input: Record<string, any>): Promise<string> {
    const res = await fetch(`${CALENDAR}/events?day=${encodeURIComponent(input.day)}`, { signal: AbortSignal.timeout(10_000) });
    return res.text();
  }
}
