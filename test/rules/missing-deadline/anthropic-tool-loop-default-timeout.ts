// A raw Anthropic tool-use loop whose client has no explicit timeout: the SDK's 10-minute
// default with two retries is reported at lower severity, for `create` and for `stream`.
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();
const MAX_TURNS = 6;

const tools: Anthropic.Tool[] = [
  {
    name: 'get_account_balance',
    description: 'Return the balance of a customer account',
    input_schema: { type: 'object', properties: { accountId: { type: 'string' } }, required: ['accountId'] },
  },
];

function getAccountBalance(accountId: string) {
  return { accountId, balanceCents: 12_500, currency: 'EUR' };
}

export async function answerBalanceQuestion(question: string) {
  const messages: Anthropic.MessageParam[] = [{ role: 'user', content: question }];
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const response = await anthropic.messages.create({ // expect: missing-deadline severity=warn
      model: 'claude-sonnet-4-5',
      max_tokens: 1024,
      tools,
      messages,
    });
    messages.push({ role: 'assistant', content: response.content });
    if (response.stop_reason !== 'tool_use') return response;

    const results: Anthropic.ToolResultBlockParam[] = [];
    for (const block of response.content) {
      if (block.type !== 'tool_use') continue;
      if (block.name === 'get_account_balance') {
        const { accountId } = block.input as { accountId: string };
        results.push({ type: 'tool_result', tool_use_id: block.id, content: JSON.stringify(getAccountBalance(accountId)) });
      }
    }
    messages.push({ role: 'user', content: results });
  }
  throw new Error(`no answer after ${MAX_TURNS} turns`);
}

export async function streamExplanation(topic: string, onText: (text: string) => void) {
  const stream = anthropic.messages.stream({ // expect: missing-deadline severity=warn
    model: 'claude-haiku-4-5',
    max_tokens: 800,
    messages: [{ role: 'user', content: `Explain ${topic} to a new customer.` }],
  });
  stream.on('text', onText);
  return stream.finalMessage();
}
