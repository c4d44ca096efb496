// Bedrock Converse through the AWS SDK v3 client (`client.send(new ConverseCommand(…))`) runs the model: a
// `while (true)` that answers its tool calls until it stops asking is an agent loop. The turn-counting twin and a
// loop that only lists async invocations (no model call) are clean.
import { BedrockRuntimeClient, ConverseCommand, ListAsyncInvokesCommand, type Message, type Tool } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-west-2' });
const modelId = 'anthropic.claude-3-5-haiku-20241022-v1:0';
const MAX_TURNS = 8;

async function runTool(name: string, input: unknown): Promise<string> {
  return `${name}: ${JSON.stringify(input)}`;
}

export async function converseUntilDone(messages: Message[], tools: Tool[]) {
  while (true) { // expect: unbounded-agent-loop
    const response = await client.send(new ConverseCommand({ modelId, messages, toolConfig: { tools } }));
    const reply = response.output?.message;
    if (!reply) break;
    messages.push(reply);
    const uses = reply.content?.filter((block) => block.toolUse) ?? [];
    if (uses.length === 0) break;
    for (const block of uses) {
      const text = await runTool(block.toolUse!.name!, block.toolUse!.input);
      messages.push({ role: 'user', content: [{ toolResult: { toolUseId: block.toolUse!.toolUseId!, content: [{ text }] } }] });
    }
  }
}

export async function converseWithinTurns(messages: Message[], tools: Tool[]) {
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const response = await client.send(new ConverseCommand({ modelId, messages, toolConfig: { tools } }));
    const reply = response.output?.message;
    if (!reply) break;
    messages.push(reply);
    if (!reply.content?.some((block) => block.toolUse)) break;
  }
}

export async function listAllInvocations() {
  const ids: string[] = [];
  let nextToken: string | undefined;
  while (true) {
    const page = await client.send(new ListAsyncInvokesCommand({ nextToken }));
    ids.push(...(page.asyncInvokeSummaries ?? []).map((s) => s.invocationArn!));
    nextToken = page.nextToken;
    if (!nextToken) break;
  }
  return ids;
}
