// Activities: plain exported functions a worker registers. Temporal runs one again after an attempt fails or is
// lost, under the retry policy of the proxy the workflow calls it through (src/workflows/*.ts).
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';

const SERVER_URL = process.env.SERVER_URL ?? 'http://localhost:4000';
const s3 = new S3Client({});

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });

// Proxied with no retry policy: Temporal's default retries without limit, and a lost attempt posts the order again.
export async function placeOrder(order: { sku: string; quantity: number }) {
  await post('https://shop.example.com/orders', order); // expect: unkeyed-retry
}

// The body catches every error, but an attempt lost after the post landed (a worker crash, a start-to-close timeout)
// is still run again (README question 97).
export async function notifyWarehouse(orderId: string) {
  try {
    await post('https://warehouse.example.com/notices', { orderId }); // expect: unkeyed-retry
    return { success: true };
  } catch {
    return { success: false };
  }
}

// Proxied through an imported policy of three attempts.
export const openTicket = async (subject: string) => {
  await post('https://support.example.com/tickets', { subject }); // expect: unkeyed-retry
};

// Retried, with a key that is the same on every attempt.
export async function chargeOrder(orderId: string, cents: number) {
  await post('https://pay.example.com/charges', { cents }, { 'Idempotency-Key': `charge-${orderId}` });
}

// Retried, but it only reads.
export async function orderStatus(orderId: string) {
  const response = await fetch(`https://shop.example.com/orders/${orderId}`, { signal: AbortSignal.timeout(10_000) });
  return response.json();
}

// Proxied with maximumAttempts 1: one attempt.
export async function sendInvoice(orderId: string) {
  await post('https://billing.example.com/invoices', { orderId });
}

// Exported, but no workflow proxies it: nothing retries it.
export async function logOrder(orderId: string) {
  await post('https://audit.example.com/entries', { orderId });
}

// A bucket is created under its name: a second attempt is refused or returns the same bucket.
export async function prepareStorage(orderId: string) {
  await s3.send(new CreateBucketCommand({ Bucket: `order-${orderId}` }));
}

// A progress event posted to the project's own server, whose route only re-emits it to the page (src/server.ts).
export async function reportProgress(orderId: string, step: string) {
  await post(`${SERVER_URL}/api/progress`, { orderId, step });
}

// A record posted to the project's own server, whose route inserts a row: a lost attempt inserts it again.
export async function recordShipment(orderId: string) {
  await post(`${SERVER_URL}/api/shipments`, { orderId }); // expect: unkeyed-retry
}

// A refund posted to the payment service; only the tests' mock server (src/test-utils/mock-server.ts) registers this
// path, and a mock's route is not the project's own server: a lost attempt refunds again.
export async function refundOrder(orderId: string) {
  await post(`${SERVER_URL}/api/refunds`, { orderId }); // expect: unkeyed-retry
}
