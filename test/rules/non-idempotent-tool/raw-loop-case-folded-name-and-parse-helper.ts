// A raw tool loop that normalises each tool call into its own shape, then dispatches on the name case-folded
// (`toolCall.name?.toLowerCase() === 'shell'`) and reads the arguments through a parsing function of its own
// (`parseToolArguments(toolCall.arguments)`): the command the model wrote is still the tool call's
// (test/corpus/README.md question 38). Near-misses: a branch running a fixed command, a read, and a command taken
// from configuration (no tool call's) stay clean; so does a shell `Bun.spawn`ed with a fixed command line.
import { execSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import OpenAI from 'openai';

const client = new OpenAI({ timeout: 30_000 });
const config = { formatter: process.env.FORMAT_COMMAND ?? 'prettier --check .' };

interface NormalizedToolCall {
  id: string;
  name?: string;
  arguments?: string;
}

function parseToolArguments(raw: string | undefined): Record<string, unknown> {
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    return {};
  }
}

function runToolCall(toolCall: NormalizedToolCall): string {
  const tool = toolCall.name?.toLowerCase();
  const args = parseToolArguments(toolCall.arguments);
  if (tool === 'read') return readFileSync(String(args.path), 'utf8');
  if (tool === 'shell') {
    const result = spawnSync(String(args.command), { shell: true, encoding: 'utf8' }); // expect: non-idempotent-tool
    return `${result.stdout}${result.stderr}`;
  }
  if (tool === 'status') return execSync('git status --short', { encoding: 'utf8' });
  if (tool === 'format') return execSync(config.formatter, { encoding: 'utf8' });
  throw new Error(`unknown tool ${toolCall.name}`);
}

// The same loop's second dispatcher: a `let` given the parsed arguments inside a `try`, and `Bun.spawn` of a shell whose
// program and flag come from a `let` set per platform.
function runBuiltin(toolCall: NormalizedToolCall): string | Promise<string> {
  let input: any;
  try {
    input = JSON.parse(toolCall.arguments ?? '{}');
  } catch {
    return 'invalid arguments';
  }
  let shell: string[];
  if (process.platform === 'win32') shell = ['cmd.exe', '/c'];
  else shell = ['sh', '-c'];
  switch (toolCall.name?.trim()) {
    case 'exec': {
      const proc = Bun.spawn([...shell, input.command], { stdout: 'pipe' }); // expect: non-idempotent-tool
      return new Response(proc.stdout).text();
    }
    case 'list':
      return Bun.spawn([...shell, 'ls -la'], { stdout: 'pipe' }).exited.then(String);
    default:
      return runToolCall(toolCall);
  }
}

export async function agent(prompt: string): Promise<string> {
  const messages: OpenAI.ChatCompletionMessageParam[] = [{ role: 'user', content: prompt }];
  for (let turn = 0; turn < 8; turn++) {
    const reply = await client.chat.completions.create({ model: 'gpt-4o', messages, tools: [] });
    const message = reply.choices[0]!.message;
    messages.push(message);
    const calls: NormalizedToolCall[] = (message.tool_calls ?? []).map((call) => ({
      id: call.id,
      name: call.type === 'function' ? call.function.name : undefined,
      arguments: call.type === 'function' ? call.function.arguments : undefined,
    }));
    if (calls.length === 0) return message.content ?? '';
    for (const toolCall of calls) messages.push({ role: 'tool', tool_call_id: toolCall.id, content: await runBuiltin(toolCall) });
  }
  throw new Error('too many turns');
}
