// The Anthropic cloud clients (`AnthropicVertex` from @anthropic-ai/vertex-sdk, `AnthropicBedrock` from
// @anthropic-ai/bedrock-sdk) extend the SDK's BaseAnthropic: their messages calls carry the same 10-minute default and
// two retries — "no explicit deadline", lower severity. A `timeout` on the client or a signal on the call clears it.
import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';

const vertex = new AnthropicVertex({ projectId: 'acme', region: 'us-east5' });
const bedrock = new AnthropicBedrock({ awsRegion: 'us-west-2' });
const boundedVertex = new AnthropicVertex({ projectId: 'acme', region: 'us-east5', timeout: 60_000 });

export async function ask(prompt: string) {
  const first = await vertex.messages.create({ model: 'claude-sonnet-4@20250514', max_tokens: 1024, messages: [{ role: 'user', content: prompt }] }); // expect: missing-deadline severity=warn
  const second = await bedrock.messages.create({ model: 'anthropic.claude-sonnet-4', max_tokens: 1024, messages: [{ role: 'user', content: prompt }] }); // expect: missing-deadline severity=warn
  const third = await boundedVertex.messages.create({ model: 'claude-sonnet-4@20250514', max_tokens: 1024, messages: [{ role: 'user', content: prompt }] });
  const fourth = await bedrock.messages.create({ model: 'anthropic.claude-sonnet-4', max_tokens: 1024, messages: [{ role: 'user', content: prompt }] }, { signal: AbortSignal.timeout(30_000) });
  return [first, second, third, fourth];
}
