// list_rooms only reads: clean.
import type { ToolImplementation } from './types.js';

export const listRoomsTool: ToolImplementation = {
  definition: {
    name: 'list_rooms',
    description: 'List the meeting rooms',
    input_schema: { type: 'object', properties: {} },
  },
  execute: async () => (await fetch('https://rooms.example.com/api/rooms', { signal: AbortSignal.timeout(10_000) })).text(),
};
