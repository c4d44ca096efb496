// LangChain tools whose writes live in helpers in other files, each protected there (PUT to a chosen
// id, a Stripe key from the booking id, an upsert): no finding at the helper calls.
import { tool } from '@langchain/core/tools';
import { z } from 'zod';
import { reserveSeat } from './seating.js';
import { chargeDeposit } from './deposits.js';
import { saveGuest } from './guests.js';

export const reserveSeatTool = tool(
  async ({ eventId, seatId, attendeeId }) => {
    await reserveSeat(eventId, seatId, attendeeId);
    return `seat ${seatId} reserved`;
  },
  { name: 'reserve_seat', description: 'Reserve a seat for an attendee', schema: z.object({ eventId: z.string(), seatId: z.string(), attendeeId: z.string() }) },
);

export const chargeDepositTool = tool(
  async ({ bookingId, customerId, amountCents }) => {
    const intent = await chargeDeposit(bookingId, customerId, amountCents);
    return intent.status;
  },
  { name: 'charge_deposit', description: 'Charge the deposit of a booking', schema: z.object({ bookingId: z.string(), customerId: z.string(), amountCents: z.number().int() }) },
);

export const addGuestTool = tool(
  async ({ eventId, email, name }) => {
    await saveGuest(eventId, email, name);
    return 'guest saved';
  },
  { name: 'add_guest', description: 'Add a guest to an event', schema: z.object({ eventId: z.string(), email: z.string().email(), name: z.string() }) },
);
