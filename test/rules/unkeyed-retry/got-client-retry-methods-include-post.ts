// A got instance whose retry options add POST. The shipment it creates is retried after a 503
// or a reset connection with no key, so the warehouse may ship the parcel twice.
import got from 'got';

const warehouse = got.extend({
  prefixUrl: 'https://wms.example.com/api',
  timeout: { request: 20_000 },
  retry: { limit: 2, methods: ['GET', 'POST', 'PUT'] },
  headers: { 'x-api-key': process.env.WMS_KEY },
});

export async function createShipment(orderId: string, items: { sku: string; qty: number }[]) {
  const shipment = await warehouse.post('shipments', { json: { orderId, items } }).json<{ shipmentId: string }>(); // expect: unkeyed-retry
  return shipment.shipmentId;
}

export async function shipmentStatus(shipmentId: string) {
  return warehouse.get(`shipments/${shipmentId}`).json<{ status: string }>();
}
