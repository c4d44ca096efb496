// A tool module of the same folder that only reads (clean).
export const toolDefinition = { name: 'list_rooms', description: 'List the meeting rooms', inputSchema: { type: 'object', properties: {} } };

export async function toolHandler() {
  const res = await fetch('https://rooms.example.com/api/rooms', { signal: AbortSignal.timeout(10_000) });
  return res.json();
}
