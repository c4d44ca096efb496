// Tool frameworks beyond RULES.md's list (corpus README question 21), each checked in the package's code: a GAME
// `GameFunction`'s `executable` (the worker finds the function by the model's fn_name and calls fn.execute, which
// calls executable), an `@agentic/core` `@aiFunction` method and `createAIFunction(spec, impl)` (the model's
// parsed arguments go to the implementation), and an ElizaOS `Action`'s `handler` (the runtime picks the action
// the model named and calls its handler). Their writes are reported; their reads, and look-alikes of the
// project's own, stay clean.
import { GameFunction, ExecutableGameFunctionResponse, ExecutableGameFunctionStatus } from '@virtuals-protocol/game';
import { AIFunctionsProvider, aiFunction, createAIFunction } from '@agentic/core';
import type { Action, IAgentRuntime, Memory } from '@elizaos/core';
import { z } from 'zod';

const API = 'https://crm.example.com/api';

export const createLeadFunction = new GameFunction({
  name: 'create_lead',
  description: 'Create a lead in the CRM',
  args: [{ name: 'email', description: 'the lead email' }] as const,
  executable: async (args, logger) => {
    logger(`creating lead ${args.email}`);
    await fetch(`${API}/leads`, { method: 'POST', body: JSON.stringify(args), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return new ExecutableGameFunctionResponse(ExecutableGameFunctionStatus.Done, 'created');
  },
});

export const getLeadFunction = new GameFunction({
  name: 'get_lead',
  description: 'Read a lead',
  args: [{ name: 'id', description: 'the lead id' }] as const,
  executable: async (args) => {
    const response = await fetch(`${API}/leads/${args.id}`, { signal: AbortSignal.timeout(10_000) });
    return new ExecutableGameFunctionResponse(ExecutableGameFunctionStatus.Done, await response.text());
  },
});

export class CrmClient extends AIFunctionsProvider {
  @aiFunction({ name: 'crm_add_note', description: 'Add a note to a lead', inputSchema: z.object({ id: z.string(), note: z.string() }) })
  async addNote({ id, note }: { id: string; note: string }) {
    const response = await fetch(`${API}/leads/${id}/notes`, { method: 'POST', body: JSON.stringify({ note }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return response.json();
  }

  @aiFunction({ name: 'crm_list_notes', description: 'List a lead notes', inputSchema: z.object({ id: z.string() }) })
  async listNotes({ id }: { id: string }) {
    const response = await fetch(`${API}/leads/${id}/notes`, { signal: AbortSignal.timeout(10_000) });
    return response.json();
  }

  // Not an AI function: a plain method the class uses itself.
  async syncAll() {
    await fetch(`${API}/sync`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  }
}

export const sendInvite = createAIFunction(
  { name: 'send_invite', description: 'Email an invite', inputSchema: z.object({ email: z.string() }) },
  async ({ email }) => {
    await fetch(`${API}/invites`, { method: 'POST', body: JSON.stringify({ email }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return 'sent';
  },
);

export const followUpAction: Action = {
  name: 'SEND_FOLLOW_UP',
  similes: ['FOLLOW_UP'],
  description: 'Send the lead a follow-up email',
  validate: async (_runtime: IAgentRuntime, _message: Memory) => true,
  handler: async (_runtime: IAgentRuntime, message: Memory) => {
    await fetch(`${API}/emails`, { method: 'POST', body: JSON.stringify({ text: message.content.text }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
    return { success: true };
  },
  examples: [],
};

export const leadStatusAction: Action = {
  name: 'LEAD_STATUS',
  similes: [],
  description: 'Say the lead status',
  validate: async () => true,
  handler: async (_runtime: IAgentRuntime, message: Memory) => {
    const response = await fetch(`${API}/leads/${message.content.text}`, { signal: AbortSignal.timeout(10_000) });
    return { success: response.ok };
  },
  examples: [],
};
