// A skill: what the model is shown (name, description, JSON schema) and the function a call runs.
export interface Skill {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
  run: (args: any) => Promise<unknown>;
}
