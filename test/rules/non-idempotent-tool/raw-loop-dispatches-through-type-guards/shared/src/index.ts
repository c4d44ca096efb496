// Type guards for the model's tool_use blocks: each checks the block's shape, then compares its tool name.
export interface ToolUseBlock {
  type: 'tool_use';
  id: string;
  name: string;
  input: Record<string, unknown>;
}

export function isToolUseBlock(value: unknown): value is ToolUseBlock {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'tool_use';
}

export function isCreateTicketToolUseBlock(value: unknown): value is ToolUseBlock & { input: { title: string } } {
  if (!isToolUseBlock(value)) return false;
  const block = value as ToolUseBlock;
  return block.name === 'create_ticket';
}

export function isFindTicketToolUseBlock(value: unknown): value is ToolUseBlock & { input: { id: string } } {
  if (!isToolUseBlock(value)) return false;
  return value.name === 'find_ticket';
}

/** Not a tool name: a ticket's priority. */
export function isUrgent(ticket: { priority: string }): boolean {
  return ticket.priority === 'urgent';
}
