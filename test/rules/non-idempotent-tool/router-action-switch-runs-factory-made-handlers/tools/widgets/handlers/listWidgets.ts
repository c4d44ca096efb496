import { makeCreateHandler } from '../../../utils/handlerFactory.js';

export const listWidgetsHandler = makeCreateHandler<{ token: string }, unknown>({
  name: 'list',
  clientAction: async (client) => client.items.list(),
});
