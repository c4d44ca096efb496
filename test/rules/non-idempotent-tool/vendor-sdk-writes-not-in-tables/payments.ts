// A helper the refund tool calls: the vendor write is reported at the tool's call to it.
import { CheckoutAPI, Client } from '@adyen/api-library';

const client = new Client({ apiKey: process.env.ADYEN_API_KEY!, environment: 'TEST' });
const checkout = new CheckoutAPI(client);

export async function refundPayment(pspReference: string, amount: number) {
  return checkout.ModificationsApi.refundCapturedPayment(pspReference, { amount: { currency: 'EUR', value: amount }, merchantAccount: 'acme' });
}
