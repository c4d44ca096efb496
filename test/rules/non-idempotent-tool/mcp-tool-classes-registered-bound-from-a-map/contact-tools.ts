// Tool classes implementing McpTool: each `execute` is what the model runs when it calls the tool by name.
import { CRM, type McpTool } from './tool.js';

export class AddNoteTool implements McpTool {
  readonly name = 'add_note';
  readonly description = 'Add a note to a contact';

  async execute(params: Record<string, string>) {
    const res = await fetch(`${CRM}/contacts/${params.contactId}/notes`, { method: 'POST', body: JSON.stringify({ text: params.text }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return { content: [{ type: 'text' as const, text: res.statusText }] };
  }
}

export class GetContactTool implements McpTool {
  readonly name = 'get_contact';
  readonly description = 'Read a contact';

  async execute(params: Record<string, string>) {
    const res = await fetch(`${CRM}/contacts/${params.contactId}`, { signal: AbortSignal.timeout(10_000) });
    return { content: [{ type: 'text' as const, text: await res.text() }] };
  }
}
