// A LangChain tool written as a subclass of DynamicStructuredTool / DynamicTool whose constructor hands the tool's
// shape, `func` included, to `super({…})`: the super call constructs the tool as `new DynamicStructuredTool({…})`
// would, so `func` is the handler the agent runs.
import { DynamicStructuredTool, DynamicTool } from '@langchain/core/tools';
import { z } from 'zod';

const HELPDESK = 'https://helpdesk.example.com/api';

export class OpenTicketTool extends DynamicStructuredTool {
  constructor(private readonly queue: string) {
    super({
      name: 'open_ticket',
      description: 'Open a support ticket in the queue',
      schema: z.object({ subject: z.string(), body: z.string() }),
      func: async ({ subject, body }) => {
        const response = await fetch(`${HELPDESK}/queues/${queue}/tickets`, { method: 'POST', body: JSON.stringify({ subject, body }), signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
        return response.statusText;
      },
    });
  }
}

export class NudgeAssigneeTool extends DynamicTool {
  constructor() {
    super({
      name: 'nudge_assignee',
      description: 'Remind the assignee of a ticket',
      func: async (ticketId: string) => {
        await fetch(`${HELPDESK}/tickets/${ticketId}/reminders`, { method: 'POST', signal: AbortSignal.timeout(10_000) }); // expect: non-idempotent-tool
        return 'reminded';
      },
    });
  }
}

// A read-only tool written the same way stays clean.
export class FindTicketTool extends DynamicStructuredTool {
  constructor() {
    super({
      name: 'find_ticket',
      description: 'Find a ticket by subject',
      schema: z.object({ subject: z.string() }),
      func: async ({ subject }) => {
        const response = await fetch(`${HELPDESK}/tickets?subject=${encodeURIComponent(subject)}`, { signal: AbortSignal.timeout(10_000) });
        return response.text();
      },
    });
  }
}

// Near miss: the same shape handed to a base class of the project's own that is no tool (a job queue's task): no
// model can call `func`, so the POST is not a tool's write.
class QueuedTask {
  constructor(readonly options: { name: string; func: (input: string) => Promise<string> }) {}
}

export class ArchiveTicketTask extends QueuedTask {
  constructor() {
    super({
      name: 'archive_ticket',
      func: async (ticketId: string) => {
        await fetch(`${HELPDESK}/tickets/${ticketId}/archive-requests`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
        return 'archived';
      },
    });
  }
}
