// Findings: ordering groceries (a new order on each call) and scheduling a call (a second booking on a repeat), each
// through a member of the injected effects object. Clean: reading the pantry, and saving a note to memory.
import type { HomeTool } from './types.js';

export const homeTools: HomeTool[] = [
  {
    name: 'order_groceries',
    description: 'Order groceries for the household.',
    parameters: { type: 'object', properties: { items: { type: 'array', items: { type: 'string' } } }, required: ['items'] },
    async handler(args, context) {
      if (!context.effects) return { ok: false, summary: 'no effects' };
      await context.effects.orderGroceries({ items: args.items as string[] }); // expect: non-idempotent-tool
      return { ok: true, summary: 'ordered' };
    },
  },
  {
    name: 'schedule_call',
    description: 'Book a call with the family at a time from now.',
    parameters: { type: 'object', properties: { minutes: { type: 'number' }, topic: { type: 'string' } }, required: ['minutes', 'topic'] },
    async handler(args, context) {
      if (!context.effects) return { ok: false, summary: 'no effects' };
      await context.effects.scheduleCall({ minutes: Number(args.minutes), topic: String(args.topic) }); // expect: non-idempotent-tool
      return { ok: true, summary: 'booked' };
    },
  },
  {
    name: 'read_pantry',
    description: 'List what is in the pantry.',
    parameters: { type: 'object', properties: {} },
    async handler(_args, context) {
      const items = (await context.effects?.readPantry()) ?? [];
      return { ok: true, summary: items.join(', ') };
    },
  },
  {
    name: 'save_note',
    description: 'Keep a note for later in this session.',
    parameters: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] },
    async handler(args, context) {
      await context.effects?.saveNote(String(args.text));
      return { ok: true, summary: 'noted' };
    },
  },
];
