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
      // Messages and events out: SQS, SNS, EventBridge, SES, Kinesis, Firehose; a Lambda invocation runs the function again.
      // None of these inputs has a member with the idempotencyToken trait (the SDK fills only those), so the client's own
      // retries resend them with no key (a FIFO queue's MessageDeduplicationId is the caller's to pass).
      // A FIFO queue or topic (its URL or ARN ends in `.fifo`) drops a message whose MessageDeduplicationId it saw in the
      // last 5 minutes; with none passed it takes a hash of the body (content-based deduplication) or refuses the send:
      // either way the SDK's resend of the same message is dropped (client-sqs / client-sns SendMessageRequest,
      // PublishInput: MessageDeduplicationId). MessageGroupId alone does not say FIFO: standard queues take it too (fair queues).
      {
        command: '^(SendMessage|SendMessageBatch|Publish|PublishBatch)Command$', write: 'send', unkeyedRetries: true,
        protectedBy: [{ property: ['QueueUrl', 'TopicArn'], pattern: 'fifo', protection: 'a FIFO queue or topic drops a resent message (deduplication by MessageDeduplicationId or content)' }],
      },
      { command: '^(PutEvents|SendEmail|SendRawEmail|SendTemplatedEmail|SendBulkEmail|SendBulkTemplatedEmail|PutRecord|PutRecords|PutRecordBatch|Invoke|InvokeAsync)Command$', write: 'send', unkeyedRetries: true },
      // A whole item or object written to its key: a repeat writes the same thing (unless the key is fresh).
      { command: '^(PutItem|Put|PutObject|PutParameter|PutSecretValue|BatchWriteItem|BatchWrite|CopyObject)Command$', write: 'upsert' },
      { command: '^(UpdateItem|Update)Command$', write: 'update-set' },
      // A bucket is created under its name, unique across S3: a second create of a name the caller owns is refused
      // (BucketAlreadyOwnedByYou, 409) or, in us-east-1, answered 200 with the same bucket; nothing new either way.
      { command: '^CreateBucketCommand$', write: 'upsert' },
      // A table is created under its TableName, unique in the account and region: a second create of the same name is
      // refused (DynamoDB ResourceInUseException; Glue AlreadyExistsException; Timestream and Keyspaces
      // ConflictException), so a repeat makes nothing new (README question 19).
      { command: '^CreateTableCommand$', write: 'upsert' },
      { command: '^(Create|Start|Run|TransactWrite|Register|Allocate|Request|Import)\\w*Command$', write: 'create' },
      { command: '^(Update|Modify|Set|Tag|Untag|Attach|Detach|Enable|Disable|Associate|Disassociate|Add|Change|Reset)\\w*Command$', write: 'update-set' },
      { command: '^(Delete|Remove|Terminate|Cancel|Stop|Purge|Revoke)\\w*Command$', write: 'delete-id' },
    ],
    // Every v3 client retries on its own: the standard strategy makes 3 attempts (maxAttempts, @smithy/util-retry
    // DEFAULT_MAX_ATTEMPTS = 3) on throttling, transient and timeout errors; `maxAttempts: 1` turns it off.
    builtInRetries: { count: 'AWS SDK v3 clients make 3 attempts by default', disableOption: 'maxAttempts', clientDisable: 'maxAttempts', disabledAt: 1 },
    checkedAgainst: '@aws-sdk/client-sqs@3.504.0 (FIFO: @aws-sdk/client-sqs@3.1178.0, @aws-sdk/client-sns@3.1178.0 dist-types/models/models_0.d.ts); @smithy/util-retry@4 (README "The default retry count is 3", DEFAULT_MAX_ATTEMPTS)',
  },
];
