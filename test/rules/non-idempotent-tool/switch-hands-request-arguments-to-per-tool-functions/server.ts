// A CallToolRequestSchema handler that switches on `request.params.name` and hands each tool's input to its per-tool
// function — the arguments member itself (`request.params.arguments as any`), a copy the case validates first, or a
// one-line facade method per tool on a service object (README questions 79, 84): each per-tool function is the tool's
// handler, its writes reported in its own body (tools.ts, facade.ts). A case that picks a field out of the input for a
// generic helper is itself the handler, its call reported at the case, and so is a case two tools fall into, whose
// function both share.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { Facade } from './facade.js';
import { postNote, remind, scheduleVisit } from './tools.js';
import { runJob } from './jobs.js';

const VisitInput = z.object({ customerId: z.string(), day: z.string() });

export class CrmServer {
  private readonly server = new Server({ name: 'crm', version: '1.0.0' }, { capabilities: { tools: {} } });
  private readonly facade = new Facade();

  start() {
    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      switch (request.params.name) {
        case 'post_note': {
          const result = await postNote(request.params.arguments as any);
          return { content: [{ type: 'text', text: JSON.stringify(result) }] };
        }
        case 'schedule_visit': {
          const input = VisitInput.parse(request.params.arguments);
          const result = await scheduleVisit(input);
          return { content: [{ type: 'text', text: JSON.stringify(result) }] };
        }
        case 'send_invoice': {
          const result = await this.facade.sendInvoice(request.params.arguments);
          return { content: [{ type: 'text', text: JSON.stringify(result) }] };
        }
        case 'find_customer': {
          const result = await this.facade.findCustomer(request.params.arguments);
          return { content: [{ type: 'text', text: JSON.stringify(result) }] };
        }
        case 'send_reminder':
        case 'draft_reminder': {
          const input = VisitInput.parse(request.params.arguments);
          const result = await remind(request.params.name === 'send_reminder' ? 'send' : 'draft', input); // expect: non-idempotent-tool
          return { content: [{ type: 'text', text: JSON.stringify(result) }] };
        }
        case 'run_job': {
          const args = request.params.arguments as { job: string };
          const result = await runJob(args.job); // expect: non-idempotent-tool
          return { content: [{ type: 'text', text: String(result) }] };
        }
        default:
          throw new Error(`unknown tool ${request.params.name}`);
      }
    });
  }
}
