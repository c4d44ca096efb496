// The project's own tool shape: a name, a JSON schema for the model, and the function that runs the call.
export interface Skill {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
  run: (args: any) => Promise<unknown>;
}
