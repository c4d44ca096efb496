// A migration migrate.ts runs from the command line.
export async function up() {
  await fetch('https://rooms.example.com/api/admin/indexes', { method: 'POST', body: JSON.stringify({ field: 'roomId' }), signal: AbortSignal.timeout(60_000) });
}
