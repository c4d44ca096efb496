// Each team agent is a Brain whose interceptor runs the team's skills first, then the shared ones.
import { Brain } from '../brain.js';
import { handleToolCall } from '../skills/index.js';
import { teamSkills } from './team-skills.js';

async function teamAwareCall(name: string, args: unknown, team: string) {
  const own = teamSkills.find((s) => s.name === name);
  if (own) return own.run({ ...(args as object), team });
  return handleToolCall(name, args);
}

export function teamBrain(team: string) {
  return new Brain({ agentId: `team_${team}`, interceptor: (name, args) => teamAwareCall(name, args, team) });
}

export const soloBrain = new Brain({ agentId: 'solo' });
