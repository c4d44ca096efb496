type Handler = (args: unknown, extra: unknown) => Promise<unknown>;

const counts = new Map<string, number>();

export function withMetrics(name: string, handler: Handler): Handler {
  return async (args, extra) => {
    const result = await handler(args, extra);
    counts.set(name, (counts.get(name) ?? 0) + 1);
    return result;
  };
}
