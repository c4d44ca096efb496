// Two Mastra agents filed in one registry: the desk agent can open tickets, the reader agent can only read them.
import { Agent } from '@mastra/core/agent';
import { Mastra } from '@mastra/core';
import { openai } from '@ai-sdk/openai';
import { openTicketTool, readTicketTool } from './desk-tools.js';

const deskAgent = new Agent({
  name: 'desk',
  instructions: 'Handle helpdesk requests.',
  model: openai('gpt-4o-mini'),
  tools: { openTicket: openTicketTool, readTicket: readTicketTool },
});

const readerAgent = new Agent({
  name: 'reader',
  instructions: 'Answer questions about tickets.',
  model: openai('gpt-4o-mini'),
  tools: { readTicket: readTicketTool },
});

export const mastra = new Mastra({ agents: { 'desk-agent': deskAgent, readerAgent } });
