// A factory that wraps a handler passed in its config: the closure it returns validates, then calls that
// handler. Each service method built through it runs its own handler only.
export interface MethodContext {
  baseUrl: string;
}

export interface MethodConfig<TInput, TOutput> {
  operation: 'read' | 'write';
  handler: (input: TInput, context: MethodContext) => Promise<TOutput>;
}

export const createServiceMethod = <TInput, TOutput>(config: MethodConfig<TInput, TOutput>, baseUrl: string) => {
  return async (args: unknown): Promise<{ ok: true; data: TOutput } | { ok: false; error: string }> => {
    try {
      const input = args as TInput;
      const result = await config.handler(input, { baseUrl });
      return { ok: true, data: result };
    } catch (error) {
      return { ok: false, error: String(error) };
    }
  };
};
