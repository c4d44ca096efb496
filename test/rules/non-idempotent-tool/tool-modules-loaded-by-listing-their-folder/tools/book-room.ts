// A tool module the server loads from this folder (server.ts): toolHandler POSTs a new booking (finding).
export const toolDefinition = {
  name: 'book_room',
  description: 'Book a meeting room',
  inputSchema: { type: 'object', properties: { roomId: { type: 'string' }, start: { type: 'string' } } },
};

export const toolHandler = async (input: { roomId: string; start: string }) => {
  const res = await fetch(`https://rooms.example.com/api/rooms/${input.roomId}/bookings`, { // expect: non-idempotent-tool
    method: 'POST',
    body: JSON.stringify({ start: input.start }),
    signal: AbortSignal.timeout(10_000),
  });
  return res.json();
};
