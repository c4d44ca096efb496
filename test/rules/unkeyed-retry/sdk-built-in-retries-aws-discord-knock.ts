// SDK built-in retries beyond OpenAI, Anthropic and Slack (README question 10): AWS SDK v3 clients make 3
// attempts by default and fill only idempotencyToken members, none of which a queue message, a notification
// or a Lambda invocation has; discord.js's REST manager retries timeouts and 5xx 3 times; a Stainless-generated
// client (Knock) retries twice with no idempotency header. Clean: retries turned off on the client
// (`maxAttempts: 1`, `rest: { retries: 0 }`, `maxRetries: 0`), a FIFO message with its deduplication id, an S3
// object put under its key, a command whose client token the SDK fills (RunInstances), and reads.
import { EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { Knock } from '@knocklabs/node';
import { Client, GatewayIntentBits, type TextChannel } from 'discord.js';

const sqs = new SQSClient({ region: 'eu-west-1' });
const oneShotSqs = new SQSClient({ region: 'eu-west-1', maxAttempts: 1 });
const lambda = new LambdaClient({});
const s3 = new S3Client({});
const ec2 = new EC2Client({});
const discord = new Client({ intents: [GatewayIntentBits.Guilds] });
const quietDiscord = new Client({ intents: [GatewayIntentBits.Guilds], rest: { retries: 0 } });
const knock = new Knock({ apiKey: process.env.KNOCK_API_KEY });
const oneShotKnock = new Knock({ apiKey: process.env.KNOCK_API_KEY, maxRetries: 0 });

export async function enqueueOrder(queueUrl: string, order: { id: string }) {
  await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(order) })); // expect: unkeyed-retry
  await oneShotSqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(order) }));
  await sqs.send(new SendMessageCommand({ QueueUrl: `${queueUrl}.fifo`, MessageBody: JSON.stringify(order), MessageGroupId: 'orders', MessageDeduplicationId: order.id }));
  await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl }));
}

export async function runAssistant(event: unknown) {
  await lambda.send(new InvokeCommand({ FunctionName: 'run-assistant', InvocationType: 'Event', Payload: JSON.stringify(event) })); // expect: unkeyed-retry
}

export async function storeReport(key: string, body: string) {
  await s3.send(new PutObjectCommand({ Bucket: 'reports', Key: key, Body: body }));
  await ec2.send(new RunInstancesCommand({ ImageId: 'ami-123', MinCount: 1, MaxCount: 1 }));
}

export async function announce(channelId: string, text: string) {
  const channel = (await discord.channels.fetch(channelId)) as TextChannel;
  await channel.send(text); // expect: unkeyed-retry
  const quiet = (await quietDiscord.channels.fetch(channelId)) as TextChannel;
  await quiet.send(text);
}

export async function notify(workflow: string, userId: string) {
  await knock.workflows.trigger(workflow, { recipients: [userId] }); // expect: unkeyed-retry
  await oneShotKnock.workflows.trigger(workflow, { recipients: [userId] });
  await knock.users.get(userId);
}
