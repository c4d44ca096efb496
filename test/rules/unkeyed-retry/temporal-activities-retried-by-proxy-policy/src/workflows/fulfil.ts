import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type * as orders from '../activities/orders';
import { POLICIES } from '../config/policies';

// No retry policy: the default one, without an attempt limit.
const { placeOrder, notifyWarehouse, chargeOrder, orderStatus, prepareStorage, reportProgress, recordShipment, refundOrder } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
});

const support = proxyActivities<typeof orders>({ startToCloseTimeout: '30 seconds', retry: POLICIES.network });

const { sendInvoice } = proxyActivities<typeof orders>({ startToCloseTimeout: '30 seconds', retry: POLICIES.single });

export async function fulfil(order: { id: string; sku: string; quantity: number; cents: number }) {
  await prepareStorage(order.id);
  await placeOrder(order);
  await chargeOrder(order.id, order.cents);
  await reportProgress(order.id, 'charged');
  await notifyWarehouse(order.id);
  await sendInvoice(order.id);
  await recordShipment(order.id);
  if (order.cents === 0) await refundOrder(order.id);
  if ((await orderStatus(order.id)).late) await support.openTicket(`Order ${order.id} is late`);
}
