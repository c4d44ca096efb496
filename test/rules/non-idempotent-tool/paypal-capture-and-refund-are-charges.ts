// PayPal's server SDK: capturing an authorization and refunding a capture move money again on a repeat (partial captures
// and refunds are allowed) unless the call sends a PayPal-Request-Id (`paypalRequestId`). Clean: the same capture with a
// request id made from the authorization, an order created for the payer to approve (README question 59), an order
// captured (done once, question 32).
import { Client, Environment, OrdersController, PaymentsController } from '@paypal/paypal-server-sdk';
import { tool } from 'ai';
import { z } from 'zod';

const client = new Client({ environment: Environment.Sandbox });
const payments = new PaymentsController(client);
const orders = new OrdersController(client);

export const captureHold = tool({
  description: 'Capture part of a held payment',
  inputSchema: z.object({ authorizationId: z.string(), value: z.string() }),
  execute: async ({ authorizationId, value }) => {
    const { result } = await payments.captureAuthorizedPayment({ authorizationId, body: { amount: { currencyCode: 'USD', value } } }); // expect: non-idempotent-tool
    return result.id;
  },
});

export const refundCapture = tool({
  description: 'Refund a captured payment',
  inputSchema: z.object({ captureId: z.string() }),
  execute: async ({ captureId }) => (await payments.refundCapturedPayment({ captureId, body: {} })).result.status, // expect: non-idempotent-tool
});

export const captureHoldOnce = tool({
  description: 'Capture a held payment once',
  inputSchema: z.object({ authorizationId: z.string() }),
  execute: async ({ authorizationId }) => {
    const { result } = await payments.captureAuthorizedPayment({ authorizationId, paypalRequestId: `capture-${authorizationId}` });
    return result.id;
  },
});

export const checkout = tool({
  description: 'Create an order for the buyer to approve, or capture an approved one',
  inputSchema: z.object({ orderId: z.string().optional(), value: z.string() }),
  execute: async ({ orderId, value }) => {
    if (orderId) return (await orders.captureOrder({ id: orderId })).result.status;
    const { result } = await orders.createOrder({ body: { intent: 'CAPTURE' as never, purchaseUnits: [{ amount: { currencyCode: 'USD', value } }] } });
    return result.id;
  },
});
