// Seat reservations: a PUT to a seat id the caller chooses, so repeating it keeps one reservation.
export async function reserveSeat(eventId: string, seatId: string, attendeeId: string) {
  const res = await fetch(`https://tickets.example.com/api/events/${eventId}/seats/${seatId}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ attendeeId, status: 'reserved' }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`seat ${seatId} not reserved: ${res.status}`);
}
