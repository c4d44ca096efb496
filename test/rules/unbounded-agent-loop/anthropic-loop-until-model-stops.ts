// An Anthropic loop that continues while the model asks for tools has the same flaw as
// `while (true)`: only the model decides when it ends. The second function adds a turn bound
// to the same condition and is clean.
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ timeout: 60_000 });
const MAX_TURNS = 8;

const tools: Anthropic.Tool[] = [
  {
    name: 'run_sql',
    description: 'Run a read-only SQL query against the analytics replica',
    input_schema: { type: 'object', properties: { sql: { type: 'string' } }, required: ['sql'] },
  },
];

async function runSql(sql: string) {
  return { rows: [], sql };
}

async function toolResults(content: Anthropic.ContentBlock[]): Promise<Anthropic.ToolResultBlockParam[]> {
  const results: Anthropic.ToolResultBlockParam[] = [];
  for (const block of content) {
    if (block.type === 'tool_use' && block.name === 'run_sql') {
      const { sql } = block.input as { sql: string };
      results.push({ type: 'tool_result', tool_use_id: block.id, content: JSON.stringify(await runSql(sql)) });
    }
  }
  return results;
}

export async function analyst(question: string) {
  const messages: Anthropic.MessageParam[] = [{ role: 'user', content: question }];
  let response = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 2048, tools, messages });

  while (response.stop_reason === 'tool_use') { // expect: unbounded-agent-loop
    messages.push({ role: 'assistant', content: response.content });
    messages.push({ role: 'user', content: await toolResults(response.content) });
    response = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 2048, tools, messages });
  }
  return response;
}

export async function boundedAnalyst(question: string) {
  const messages: Anthropic.MessageParam[] = [{ role: 'user', content: question }];
  let response = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 2048, tools, messages });
  let turns = 1;

  while (response.stop_reason === 'tool_use' && turns < MAX_TURNS) {
    messages.push({ role: 'assistant', content: response.content });
    messages.push({ role: 'user', content: await toolResults(response.content) });
    response = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 2048, tools, messages });
    turns++;
  }
  return response;
}
