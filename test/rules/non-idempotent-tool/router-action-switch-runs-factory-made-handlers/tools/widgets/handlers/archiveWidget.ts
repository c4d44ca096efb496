import { makeCreateHandler } from '../../../utils/handlerFactory.js';

// Made by the same factory but run only from the admin command line below, never from a tool: not a tool handler.
export const archiveWidgetHandler = makeCreateHandler<{ token: string; id: string }, unknown>({
  name: 'archive',
  clientAction: async (client, args) => client.items.create({ item_type: { id: 'archive', type: 'item_type' }, source: args.id }),
});
