// A hand-written Anthropic tool loop's executor: `switch (call.name)` hands the whole tool call (its id and input with
// it) to a function written for that one tool in another file (README question 84: the per-tool function is the
// tool's handler, its writes reported in it, not at the `case`). The `run_script` case picks a field out of the input
// for a shared helper: the case itself is that tool's handler, reported here.
import type Anthropic from '@anthropic-ai/sdk';
import { handleCreateNote, handleGetNote, runShell } from './note-handlers.js';

export type ToolCall = Anthropic.ToolUseBlock;

export async function executeTool(call: ToolCall): Promise<Anthropic.ToolResultBlockParam> {
  switch (call.name) {
    case 'create_note':
      return await handleCreateNote(call);
    case 'get_note':
      return await handleGetNote(call);
    case 'run_script': {
      const output = await runShell((call.input as { script: string }).script); // expect: non-idempotent-tool
      return { type: 'tool_result', tool_use_id: call.id, content: output };
    }
    default:
      return { type: 'tool_result', tool_use_id: call.id, content: `unknown tool ${call.name}`, is_error: true };
  }
}
