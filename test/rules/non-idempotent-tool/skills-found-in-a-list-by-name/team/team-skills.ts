// Skills only a team agent has. They are in no list the main brain knows: team/runner.ts looks them up by name in the
// interceptor it gives each team brain.
import type { Skill } from '../types.js';

export const openTicketSkill: Skill = {
  name: 'open_ticket',
  description: 'Opens a ticket on the team tracker.',
  parameters: { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] },
  run: async ({ title }: { title: string }) => {
    const res = await fetch('https://tracker.example.com/api/tickets', { // expect: non-idempotent-tool
      method: 'POST',
      body: JSON.stringify({ title }),
      signal: AbortSignal.timeout(10_000),
    });
    return res.json();
  },
};

export const teamSkills: Skill[] = [openTicketSkill];
