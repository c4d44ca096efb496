// A service-method factory: each handler receives the client typed as what the manager's method returns.
import type { Operation, SlackClientManager } from './types.js';

export interface ServiceMethodContext {
  client: ReturnType<SlackClientManager['getClientForOperation']>;
  label: ReturnType<SlackClientManager['describe']>;
}

export function createServiceMethod<I, O>(operation: Operation, manager: SlackClientManager, handler: (input: I, context: ServiceMethodContext) => Promise<O>) {
  return (input: I) => handler(input, { client: manager.getClientForOperation(operation), label: manager.describe() });
}
