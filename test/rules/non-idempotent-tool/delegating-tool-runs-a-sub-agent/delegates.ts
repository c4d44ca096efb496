// Delegating tools: each hands the model's task to a sub-agent built with the help desk's tools (desk-tools.ts) and
// runs it. The desk delegate's sub-agent can open tickets and post messages, so a repeated call can do them again:
// one finding at its run call. Building the post tool (`createPostTool(url)`) runs nothing; the tool's own write is
// reported in desk-tools.ts. The reader delegate's sub-agent only reads: clean.
import { ToolLoopAgent, stepCountIs, tool, type LanguageModel } from 'ai';
import { z } from 'zod';
import { createListTool, createPostTool, listTicketsTool, openTicketTool } from './desk-tools.js';

declare const model: LanguageModel;

export const deskDelegate = tool({
  description: 'Hand a help-desk task to the desk agent',
  inputSchema: z.object({ task: z.string() }),
  execute: async ({ task }, { abortSignal }) => {
    const tools = {
      open_ticket: openTicketTool,
      post_message: createPostTool('https://chat.example.com/hooks/desk'),
      list_tickets: listTicketsTool,
    };
    const subagent = new ToolLoopAgent({ model, instructions: 'You run the help desk.', tools, stopWhen: stepCountIs(10) });
    const result = await subagent.generate({ prompt: task, abortSignal }); // expect: non-idempotent-tool
    return result.text;
  },
});

export const readerDelegate = tool({
  description: 'Hand a question about the desk to the reader agent',
  inputSchema: z.object({ question: z.string() }),
  execute: async ({ question }, { abortSignal }) => {
    const reader = new ToolLoopAgent({
      model,
      instructions: 'You answer questions about open tickets.',
      tools: { list_tickets: listTicketsTool, list_channels: createListTool('https://chat.example.com/api') },
      stopWhen: stepCountIs(5),
    });
    const result = await reader.generate({ prompt: question, abortSignal });
    return result.text;
  },
});
