// A project wrapper that returns a closure calling the handler it was given, turning a throw into an MCP error result.
// One closure body serves every tool it wraps: the tool a registration runs is the function handed to the wrapper.
export function withErrorHandling<T>(handler: (params: T) => Promise<unknown>, prefix = 'Error') {
  return async (params: T) => {
    try {
      return await handler(params);
    } catch (error) {
      return { isError: true, content: [{ type: 'text', text: `${prefix}: ${String(error)}` }] };
    }
  };
}
