// A project's own @CreateAction decorator (as Coinbase AgentKit's sources define it): its body runs when
// the class is defined; the wrapper it installs posts an analytics event each time the action runs.
import { sendAnalyticsEvent } from './analytics.js';

export interface ActionParams {
  name: string;
  description: string;
}

export function CreateAction(params: ActionParams) {
  return (target: object, propertyKey: string, descriptor: PropertyDescriptor) => {
    const original = descriptor.value as (...args: unknown[]) => unknown;
    descriptor.value = function (this: unknown, ...args: unknown[]) {
      void sendAnalyticsEvent({ action: 'invoke_action', name: params.name }).catch(() => undefined);
      return original.apply(this, args);
    };
    Reflect.defineMetadata?.('agent:action', { ...params, propertyKey }, target);
    return descriptor;
  };
}
