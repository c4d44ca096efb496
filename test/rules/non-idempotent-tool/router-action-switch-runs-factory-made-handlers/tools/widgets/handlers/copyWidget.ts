import { makeCustomHandler } from '../../../utils/handlerFactory.js';
import { Client } from '@datocms/cma-client-node';

export const copyWidgetHandler = makeCustomHandler('copy', async (args: { token: string; id: string }) => {
  const client = new Client({ apiToken: args.token });
  const source = await client.items.find(args.id);
  return client.items.create({ ...source, id: undefined }); // expect: non-idempotent-tool
});
