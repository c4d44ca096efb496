// A raw Anthropic tool-use loop dispatching on tool_use.name. The create_event tool retries an
// undici POST with p-retry and no key (duplicate calendar events); find_events retries a read.
import Anthropic from '@anthropic-ai/sdk';
import type { MessageParam, Tool } from '@anthropic-ai/sdk/resources/messages';
import pRetry from 'p-retry';
import { request } from 'undici';

const anthropic = new Anthropic({ timeout: 60_000 });
const CALENDAR = 'https://calendar.example.com/api';

async function createEvent(input: { title: string; startsAt: string; attendees: string[] }) {
  return pRetry(
    async () => {
      const { statusCode, body } = await request(`${CALENDAR}/events`, { // expect: unkeyed-retry
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
        headersTimeout: 5_000,
        bodyTimeout: 5_000,
      });
      if (statusCode >= 500) throw new Error(`calendar ${statusCode}`);
      return body.json();
    },
    { retries: 3, randomize: true },
  );
}

async function findEvents(input: { day: string }) {
  return pRetry(
    async () => {
      const { body } = await request(`${CALENDAR}/events?day=${encodeURIComponent(input.day)}`, {
        headersTimeout: 5_000,
        bodyTimeout: 5_000,
      });
      return body.json();
    },
    { retries: 3, randomize: true },
  );
}

const tools: Tool[] = [
  {
    name: 'create_event',
    description: 'Create a calendar event',
    input_schema: {
      type: 'object',
      properties: { title: { type: 'string' }, startsAt: { type: 'string' }, attendees: { type: 'array', items: { type: 'string' } } },
      required: ['title', 'startsAt', 'attendees'],
    },
  },
  {
    name: 'find_events',
    description: 'List events on a day',
    input_schema: { type: 'object', properties: { day: { type: 'string' } }, required: ['day'] },
  },
];

export async function scheduler(messages: MessageParam[]) {
  for (let turn = 0; turn < 10; turn++) {
    const reply = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1_024, tools, messages });
    messages.push({ role: 'assistant', content: reply.content });
    if (reply.stop_reason !== 'tool_use') return reply;
    const results = [];
    for (const block of reply.content) {
      if (block.type !== 'tool_use') continue;
      const output =
        block.name === 'create_event'
          ? await createEvent(block.input as { title: string; startsAt: string; attendees: string[] })
          : await findEvents(block.input as { day: string });
      results.push({ type: 'tool_result' as const, tool_use_id: block.id, content: JSON.stringify(output) });
    }
    messages.push({ role: 'user', content: results });
  }
  throw new Error('scheduler did not finish in 10 turns');
}
