// The project's own prompt templates: a function that happens to be named `prompts` and asks nobody.
export function prompts(goal: string): { system: string; user: string } {
  return { system: 'You are a careful planner. Reply DONE when the goal is met.', user: goal };
}
