// Test scaffolding: a stand-in for the Stripe client whose confirm resolves at once. Not product code.
export const fakeStripe = {
  paymentIntents: {
    create: async () => ({ id: 'pi_test', client_secret: 'secret', status: 'requires_confirmation' }),
    confirm: async () => ({ id: 'pi_test', status: 'succeeded' }),
  },
};

export function expectConfirmed(stripe: { paymentIntents: { confirm: { mock?: { calls: unknown[] } } } }): boolean {
  return (stripe.paymentIntents.confirm.mock?.calls.length ?? 0) > 0;
}
