// An ElizaOS plugin: the runtime registers every action its `actions` list holds and runs the handler of the one the
// model names, whether the action object was written with the `Action` type, asserted to it, or left untyped.
import type { Plugin } from '@elizaos/core';
import refundPayment from './actions/refund.js';
import { tipAction } from './actions/tip.js';
import { balanceAction } from './actions/balance.js';
import followCreator from './actions/follow.js';

export const paymentsPlugin: Plugin = {
  name: 'payments',
  description: 'Payments for the agent',
  actions: [refundPayment, tipAction, balanceAction, followCreator],
  providers: [],
};

export default paymentsPlugin;
