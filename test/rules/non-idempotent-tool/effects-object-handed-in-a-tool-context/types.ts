// The tools reach the outside world only through an effects object in their context, written as a type alias of an
// object type (not an interface, not a class). The agent builds the one implementation with a factory.
export type HomeEffects = {
  readonly orderGroceries: (input: { items: string[] }) => Promise<void>;
  readonly scheduleCall: (input: { minutes: number; topic: string }) => Promise<void>;
  readonly readPantry: () => Promise<string[]>;
  readonly saveNote: (text: string) => Promise<void>;
};

export type HomeToolContext = {
  readonly householdId: string;
  readonly effects?: HomeEffects;
};

export type HomeTool = {
  readonly name: string;
  readonly description: string;
  readonly parameters: Record<string, unknown>;
  handler(args: Record<string, unknown>, context: HomeToolContext): Promise<{ ok: boolean; summary: string }>;
};
