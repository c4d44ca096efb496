// The package's own @CreateAction decorator: it records the action's metadata on the class.
export function CreateAction(params: { name: string; description: string }) {
  return (target: object, propertyKey: string, descriptor: PropertyDescriptor) => {
    Reflect.defineMetadata?.('agentkit:action', { ...params, propertyKey }, target);
    return descriptor;
  };
}
