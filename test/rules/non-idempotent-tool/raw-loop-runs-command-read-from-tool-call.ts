// Raw tool-use loops whose branches run the command the model wrote, read from the tool call the branch dispatches
// on rather than from a parameter: `JSON.parse(call.function.arguments).command` under `if (call.function.name ===
// 'shell')`, and `block.input.command` handed to a helper under `case 'run_command':` (test/corpus/README.md question
// 38). Near-misses: a fixed command in a branch, a command read from configuration rather than the tool call, and a
// model-written argument after a fixed program stay clean.
import { execSync, spawnSync } from 'node:child_process';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';

const openai = new OpenAI({ timeout: 30_000 });
const anthropic = new Anthropic({ timeout: 30_000 });
const settings = { buildCommand: process.env.BUILD_COMMAND ?? 'npm run build' };

function runLine(line: string): string {
  return spawnSync('bash', ['-c', line], { encoding: 'utf-8' }).stdout;
}

export async function chatTurn(history: OpenAI.ChatCompletionMessageParam[]): Promise<void> {
  const reply = await openai.chat.completions.create({ model: 'gpt-4o', messages: history, tools: [] });
  for (const call of reply.choices[0]?.message.tool_calls ?? []) {
    if (call.type !== 'function') continue;
    const fn = call.function;
    if (fn.name === 'shell') {
      const parsed = JSON.parse(fn.arguments);
      const line = parsed.command;
      const output = execSync(line, { encoding: 'utf-8' }); // expect: non-idempotent-tool
      history.push({ role: 'tool', tool_call_id: call.id, content: output });
    } else if (fn.name === 'disk_usage') {
      history.push({ role: 'tool', tool_call_id: call.id, content: execSync('df -h', { encoding: 'utf-8' }) });
    } else if (fn.name === 'build') {
      history.push({ role: 'tool', tool_call_id: call.id, content: execSync(settings.buildCommand, { encoding: 'utf-8' }) });
    } else if (fn.name === 'grep') {
      const { pattern } = JSON.parse(fn.arguments);
      history.push({ role: 'tool', tool_call_id: call.id, content: execSync(`grep -rn ${pattern} src`, { encoding: 'utf-8' }) });
    }
  }
}

export async function claudeTurn(history: Anthropic.MessageParam[]): Promise<void> {
  const reply = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: history, tools: [] });
  for (const block of reply.content) {
    if (block.type !== 'tool_use') continue;
    switch (block.name) {
      case 'run_command': {
        const input = block.input as { command: string };
        const out = runLine(input.command); // expect: non-idempotent-tool
        history.push({ role: 'user', content: [{ type: 'tool_result', tool_use_id: block.id, content: out }] });
        break;
      }
      case 'list_files': {
        const out = runLine('ls -la');
        history.push({ role: 'user', content: [{ type: 'tool_result', tool_use_id: block.id, content: out }] });
        break;
      }
    }
  }
}
