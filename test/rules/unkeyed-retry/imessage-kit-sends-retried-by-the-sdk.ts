// @photon-ai/imessage-kit: IMessageSDK#send runs its AppleScript through MessageSender#executeWithRetry, `retry.max`
// attempts (2 by default) after any failure — its own 30-second script timeout included, after which Messages may
// have sent already — and sendFile, sendFiles and sendBatch go through send. A send on the default client, also one
// held in a field typed with the kit's class, is a finding; a client built with `retry: { max: 1 }`, the kit's
// scheduler arming a later send, and reads are clean here.
import { IMessageSDK, MessageScheduler } from '@photon-ai/imessage-kit';

const sdk = new IMessageSDK();
const singleAttempt = new IMessageSDK({ retry: { max: 1, delay: 0 } });
const later = new MessageScheduler(sdk);

interface Outbox {
  messages: IMessageSDK;
}

export async function notifyOwner(outbox: Outbox, phone: string, text: string, report: string) {
  await sdk.send(phone, text); // expect: unkeyed-retry
  await outbox.messages.sendFile(phone, report, 'Weekly report'); // expect: unkeyed-retry
  await singleAttempt.send(phone, text);
  await singleAttempt.sendFiles(phone, [report]);
  later.schedule({ to: phone, content: text, sendAt: new Date(Date.now() + 60_000) });
  return sdk.getMessages({ sender: phone, limit: 5 });
}
