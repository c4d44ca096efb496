// The agent hands the factory the closure that books a call with the calendar service.
import { createHomeEffects } from './effects.js';
import { homeTools } from './tools.js';

export async function runHomeTool(name: string, args: Record<string, unknown>, householdId: string) {
  const effects = createHomeEffects({
    householdId,
    groceryUrl: process.env.GROCERY_URL!,
    scheduleCall: async ({ minutes, topic }) => {
      await fetch(`${process.env.CALENDAR_URL}/calls`, { method: 'POST', body: JSON.stringify({ householdId, minutes, topic }) });
    },
  });
  const tool = homeTools.find((candidate) => candidate.name === name);
  return tool ? tool.handler(args, { householdId, effects }) : { ok: false, summary: `no tool ${name}` };
}
