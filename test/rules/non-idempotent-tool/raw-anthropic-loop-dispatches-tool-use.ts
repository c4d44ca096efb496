// A hand-written Anthropic tool loop dispatching through a table, `toolHandlers[block.name](…)`: every
// function in the table is a tool handler. sendSms POSTs through a RequestInit held in a variable (a
// send: finding at that POST, inside the handler); getForecast only reads (clean).
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ timeout: 60_000 });

const tools: Anthropic.Tool[] = [
  {
    name: 'send_sms',
    description: 'Text a message to the customer',
    input_schema: { type: 'object', properties: { to: { type: 'string' }, body: { type: 'string' } }, required: ['to', 'body'] },
  },
  {
    name: 'get_forecast',
    description: 'Weather forecast for a city',
    input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
];

async function sendSms(input: { to: string; body: string }) {
  const init: RequestInit = {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${process.env.TWILIO_SID}:${process.env.TWILIO_TOKEN}`).toString('base64')}`,
    },
    body: new URLSearchParams({ To: input.to, From: process.env.TWILIO_FROM!, Body: input.body }),
    signal: AbortSignal.timeout(10_000),
  };
  const res = await fetch(`https://api.twilio.com/2010-04-01/Accounts/${process.env.TWILIO_SID}/Messages.json`, init); // expect: non-idempotent-tool
  return res.ok ? 'sent' : `failed: ${res.status}`;
}

async function getForecast(input: { city: string }) {
  const res = await fetch(`https://weather.example.com/v1/forecast?city=${encodeURIComponent(input.city)}`, {
    signal: AbortSignal.timeout(5_000),
  });
  return res.text();
}

const toolHandlers: Record<string, (input: any) => Promise<string>> = {
  send_sms: sendSms,
  get_forecast: getForecast,
};

export async function concierge(request: string) {
  const messages: Anthropic.MessageParam[] = [{ role: 'user', content: request }];
  for (let turn = 0; turn < 6; turn++) {
    const response = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, tools, messages });
    messages.push({ role: 'assistant', content: response.content });
    if (response.stop_reason !== 'tool_use') return response.content;
    const results: Anthropic.ToolResultBlockParam[] = [];
    for (const block of response.content) {
      if (block.type !== 'tool_use') continue;
      const output = block.name in toolHandlers ? await toolHandlers[block.name]!(block.input) : `unknown tool ${block.name}`;
      results.push({ type: 'tool_result', tool_use_id: block.id, content: output });
    }
    messages.push({ role: 'user', content: results });
  }
  return null;
}
