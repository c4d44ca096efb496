// Every skill in one list; a tool call runs the skill found under the name the model sent (brain.ts).
import type { Skill } from '../types.js';
import { listNotesSkill, postNoteSkill, powershellSkill, reportSkill } from './desk.js';

export const skills: Skill[] = [postNoteSkill, listNotesSkill, powershellSkill, reportSkill];

export async function handleToolCall(name: string, args: unknown) {
  const skill = skills.find((s) => s.name === name);
  if (!skill) throw new Error(`no skill ${name}`);
  return skill.run(args);
}
