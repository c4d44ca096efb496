// The project's own tool and command types: a hand-written registry runs a `Tool`'s `run` by the name a model sends;
// the command line runs a `Command`'s `run` by what a person typed.
export interface Tool {
  name: string;
  description: string;
  params: Record<string, unknown>;
  run: (input: any) => Promise<string>;
}

export interface Command {
  name: string;
  description: string;
  params: Record<string, unknown>;
  run: (input: any) => Promise<string>;
}
