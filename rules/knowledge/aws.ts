// AWS SDK for JavaScript v3: clients run command objects, `client.send(new SendMessageCommand({…}))`.
// The command's name (`<Operation>Command`) says what it does; Get/List/Describe/Query/Scan/Receive and
// model invocations read. Keys: `ClientToken`/`ClientRequestToken` on many create operations,
// `MessageDeduplicationId` on FIFO queues.
import type { WriteFact } from './types.js';

const awsClients = [
  '@aws-sdk/client-sqs', '@aws-sdk/client-sns', '@aws-sdk/client-eventbridge', '@aws-sdk/client-ses', '@aws-sdk/client-sesv2',
  '@aws-sdk/client-s3', '@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb', '@aws-sdk/client-sfn', '@aws-sdk/client-kinesis',
  '@aws-sdk/client-firehose', '@aws-sdk/client-lambda', '@aws-sdk/client-ec2', '@aws-sdk/client-ecs', '@aws-sdk/client-iam',
  '@aws-sdk/client-secrets-manager', '@aws-sdk/client-ssm', '@aws-sdk/client-cognito-identity-provider', '@aws-sdk/client-cloudformation',
  '@aws-sdk/client-pinpoint', '@aws-sdk/client-connect', '@aws-sdk/client-bedrock-agent',
];

export const awsWrites: WriteFact[] = [
  {
    label: 'AWS', write: 'create', module: awsClients, instance: true, path: ['send'],
    keyOption: { arg: 0, names: ['MessageDeduplicationId', 'ClientToken', 'ClientRequestToken'] },
    byCommand: [
      // Messages and events out: SQS, SNS, EventBridge, SES, Kinesis, Firehose.
      { command: '^(SendMessage|SendMessageBatch|Publish|PublishBatch|PutEvents|SendEmail|SendRawEmail|SendTemplatedEmail|SendBulkEmail|SendBulkTemplatedEmail|PutRecord|PutRecords|PutRecordBatch)Command$', write: 'send' },
      // A whole item or object written to its key: a repeat writes the same thing (unless the key is fresh).
      { command: '^(PutItem|Put|PutObject|PutParameter|PutSecretValue|BatchWriteItem|BatchWrite|CopyObject)Command$', write: 'upsert' },
      { command: '^(UpdateItem|Update)Command$', write: 'update-set' },
      { command: '^(Create|Start|Run|TransactWrite|Register|Allocate|Request|Import)\\w*Command$', write: 'create' },
      { command: '^(Update|Modify|Set|Tag|Untag|Attach|Detach|Enable|Disable|Associate|Disassociate|Add|Change|Reset)\\w*Command$', write: 'update-set' },
      { command: '^(Delete|Remove|Terminate|Cancel|Stop|Purge|Revoke)\\w*Command$', write: 'delete-id' },
    ],
    checkedAgainst: '@aws-sdk/client-sqs@3.504.0',
  },
];
