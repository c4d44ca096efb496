// Infers tool executions from the wire: a tool call in one LLM response opens a `tool.start`; the
// matching tool result in a later LLM request closes it with `tool.end`. While exactly one tool call
// is open, new work with no other cause is parented to it.
import type { RecorderSession } from '../session.js';
import type { LlmCallEvent } from '../schema.js';
import type { LlmRequest } from './recognise.js';

interface OpenTool {
  start: string;
  name: string;
}

export class ToolTracker {
  private readonly open = new Map<string, OpenTool>();

  constructor(private readonly session: RecorderSession) {
    session.setFallbackParent(() => this.soleOpenTool());
  }

  /** Closes the tool calls whose results this request carries back to the model. */
  onLlmRequest(request: LlmRequest): void {
    for (const result of request.format.toolResults(request.body)) {
      const tool = this.open.get(result.callId);
      if (!tool) continue;
      this.open.delete(result.callId);
      this.session.emit({
        type: 'tool.end',
        parent: tool.start,
        call: result.callId,
        name: tool.name,
        start: tool.start,
        result: result.content,
      });
    }
  }

  onLlmCall(llm: LlmCallEvent): void {
    for (const call of llm.output.toolCalls) {
      if (call.id === '' || this.open.has(call.id)) continue;
      const start = this.session.emit({
        type: 'tool.start',
        parent: llm.id,
        call: call.id,
        name: call.name,
        arguments: call.arguments,
        llm: llm.id,
      });
      this.open.set(call.id, { start: start.id, name: call.name });
    }
  }

  private soleOpenTool(): string | null {
    if (this.open.size !== 1) return null;
    const [tool] = this.open.values();
    return tool?.start ?? null;
  }
}
