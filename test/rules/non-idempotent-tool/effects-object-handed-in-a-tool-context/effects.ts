// The factory of the effects object: ordering posts a new order to the grocery service; a call is scheduled through
// the closure the agent hands in; reading the pantry only reads; a note goes to an in-memory list.
import type { HomeEffects } from './types.js';

const notes: string[] = [];

export function createHomeEffects(input: {
  readonly householdId: string;
  readonly groceryUrl: string;
  readonly scheduleCall: HomeEffects['scheduleCall'];
}): HomeEffects {
  return {
    orderGroceries: async ({ items }) => {
      await fetch(`${input.groceryUrl}/orders`, { method: 'POST', body: JSON.stringify({ household: input.householdId, items }) });
    },
    scheduleCall: input.scheduleCall,
    readPantry: async () => {
      const response = await fetch(`${input.groceryUrl}/pantry/${input.householdId}`);
      return (await response.json()) as string[];
    },
    saveNote: async (text) => {
      notes.push(text);
    },
  };
}
