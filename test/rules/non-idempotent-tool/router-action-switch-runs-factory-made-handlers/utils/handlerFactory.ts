import { Client } from '@datocms/cma-client-node';

type Handler<T, R> = (args: T) => Promise<R>;
export type ActionFn<T, R> = (client: Client, params: T) => Promise<R>;

export interface MakeOptions<T, R> {
  name: string;
  successMessage?: (result: R) => string;
  clientAction: ActionFn<T, R>;
}

function withLogging<T, R>(handler: Handler<T, R>): Handler<T, R> {
  return async (args: T) => {
    try {
      return await handler(args);
    } catch (error) {
      console.error(error);
      throw error;
    }
  };
}

function compose<T, R>(base: Handler<T, R>, layers: Array<(h: Handler<T, R>) => Handler<T, R>>): Handler<T, R> {
  const checked: Handler<T, R> = async (args: T) => {
    const result = await base(args);
    if (result === undefined) throw new Error('handler returned nothing');
    return result;
  };
  return layers.reduceRight((h, layer) => layer(h), checked);
}

function makeBase<T extends { token: string }, R>(options: MakeOptions<T, R>): Handler<T, string> {
  const base = async (params: T): Promise<string> => {
    const client = new Client({ apiToken: params.token });
    const result = await options.clientAction(client, params);
    return options.successMessage ? options.successMessage(result) : JSON.stringify(result);
  };
  return compose(base, [(h) => withLogging(h)]);
}

export function makeCreateHandler<T extends { token: string }, R>(options: MakeOptions<T, R>): Handler<T, string> {
  return makeBase(options);
}

export function makeCustomHandler<T, R>(name: string, handler: Handler<T, R>): Handler<T, R> {
  return compose(handler, [(h) => withLogging(h)]);
}
