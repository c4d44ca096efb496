// book_room POSTs a new booking: a repeat books the room twice (finding, at the call in execute).
import type { ToolImplementation } from './types.js';

async function postBooking(roomId: string, day: string): Promise<string> {
  const res = await fetch('https://rooms.example.com/api/bookings', {
    method: 'POST',
    body: JSON.stringify({ roomId, day }),
    signal: AbortSignal.timeout(10_000),
  });
  return res.ok ? 'booked' : `failed: ${res.status}`;
}

export const bookRoomTool: ToolImplementation = {
  definition: {
    name: 'book_room',
    description: 'Book a meeting room for a day',
    input_schema: { type: 'object', properties: { roomId: { type: 'string' }, day: { type: 'string' } }, required: ['roomId', 'day'] },
  },
  execute: async (input: { roomId: string; day: string }) => postBooking(input.roomId, input.day), // expect: non-idempotent-tool
};
