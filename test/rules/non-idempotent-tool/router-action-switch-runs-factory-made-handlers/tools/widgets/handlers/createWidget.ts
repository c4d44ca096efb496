import { makeCreateHandler } from '../../../utils/handlerFactory.js';

export const createWidgetHandler = makeCreateHandler<{ token: string; title: string }, unknown>({
  name: 'create',
  // Run by the factory's closure too, but a formatter: the action beside it is the handler.
  successMessage: (made) => `created ${String(made)}`,
  clientAction: async (client, args) => {
    const made = await client.items.create({ item_type: { id: 'widget', type: 'item_type' }, title: args.title }); // expect: non-idempotent-tool
    return made;
  },
});
