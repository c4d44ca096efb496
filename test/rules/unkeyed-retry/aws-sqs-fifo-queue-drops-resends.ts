// AWS SDK v3 SendMessage / Publish under the client's 3 attempts: a FIFO queue or topic (its URL or ARN ends in
// `.fifo`) drops a message it saw in the last 5 minutes — by its MessageDeduplicationId, or with none by a hash of the
// body (content-based deduplication), or it refuses the send — so the SDK's resend is dropped: clean, whether the URL
// is written out, held in a const, or read from a variable named for it. A standard queue is a finding even with a
// MessageGroupId (standard queues take one too, for fair queues: client-sqs 3.1178.0), and so is a standard SNS topic.
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { SendMessageBatchCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';

const sqs = new SQSClient({ region: 'eu-west-1' });
const sns = new SNSClient({ region: 'eu-west-1' });
const ORDERS_QUEUE = 'https://sqs.eu-west-1.amazonaws.com/123456789012/orders.fifo';

export async function enqueue(threadId: string, body: string) {
  await sqs.send(new SendMessageCommand({ QueueUrl: process.env.ASSISTANT_SQS_FIFO_URL, MessageBody: body, MessageGroupId: threadId }));
  await sqs.send(new SendMessageCommand({ QueueUrl: ORDERS_QUEUE, MessageBody: body, MessageGroupId: 'orders' }));
  await sqs.send(new SendMessageBatchCommand({ QueueUrl: ORDERS_QUEUE, Entries: [{ Id: '1', MessageBody: body, MessageGroupId: 'orders' }] }));
  await sns.send(new PublishCommand({ TopicArn: 'arn:aws:sns:eu-west-1:123456789012:events.fifo', Message: body, MessageGroupId: threadId }));
}

export async function enqueueStandard(threadId: string, body: string) {
  await sqs.send(new SendMessageCommand({ QueueUrl: process.env.ASSISTANT_SQS_URL, MessageBody: body, MessageGroupId: threadId })); // expect: unkeyed-retry
  await sns.send(new PublishCommand({ TopicArn: 'arn:aws:sns:eu-west-1:123456789012:events', Message: body })); // expect: unkeyed-retry
}
